import { CommandContext } from '../commands/context';
import { loadFollowUpSettings } from '../commands/followUpSettings';
import { dueFollowUp } from '../domain/followUpNotices';
import { dueReminder } from '../domain/followUpSchedule';

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
