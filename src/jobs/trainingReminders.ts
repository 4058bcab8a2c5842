import { CommandContext } from '../commands/context';
import { REMINDER_LEAD_MS, dueReminders } from '../domain/notification';

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
