import { REMINDER_LEAD_MS, dueReminders } from '../domain/notification';
import { dueFollowUp } from '../domain/followUpNotices';
import { dueReminder } from '../domain/followUpSchedule';
import { CommandContext } from './context';
import { loadFollowUpSettings } from './followUpSettings';

/** What is due, queued for the scheduler (jobs/) to deliver: each piece of news once, by its dedupe key. */

/**
 * Queues the reminders that are due (the day before each training, for the confirmed; see
 * domain/notification.ts `dueReminders`). Each has the key `reminder:<training>:<user>`, so
 * running this every tick — or twice, or on two instances — queues each reminder once.
 * Returns how many were newly queued.
 */
export async function enqueueDueReminders(ctx: CommandContext): Promise<number> {
  const now = ctx.now();
  const soon = (await ctx.store.trainings.list()).filter((t) => {
    const start = Date.parse(t.start);
    return t.status === 'planned' && now.getTime() >= start - REMINDER_LEAD_MS && now.getTime() < start;
  });
  if (soon.length === 0) return 0;
  const registrations = (await Promise.all(soon.map((t) => ctx.store.trainings.registrations(t.id)))).flat();
  return ctx.store.outbox.enqueue(dueReminders(soon, registrations, now));
}

/**
 * Queues the monthly follow-up when a reminder is due (domain/followUpNotices.ts): the restlista
 * card for the follow-up channel and, with nudges on, one personal message per owner with overdue
 * items. Every message has a dedupe key per (channel, meeting, reminder) or (meeting, owner), so
 * running this every tick — after a restart, after downtime across the reminder's instant, on
 * two instances — queues each once; a reminder missed while the app was down is queued at the
 * first tick after start-up, as long as the meeting has not started. Returns how many were newly
 * queued.
 */
export async function enqueueDueFollowUps(ctx: CommandContext): Promise<number> {
  const settings = await loadFollowUpSettings(ctx);
  if (!settings.channel) return 0;
  const now = ctx.now();
  if (!dueReminder(settings.schedule, now)) return 0;
  const due = dueFollowUp(settings, settings.schedule.nudges ? await ctx.store.activities.list() : [], now);
  return due ? ctx.store.outbox.enqueue(due.drafts) : 0;
}
