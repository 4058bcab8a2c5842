import { CancelResult } from '../domain/registration';
import { promotedNotice } from '../domain/notification';
import { Identity } from '../domain/roles';
import { Result } from '../domain/problem';
import { CommandContext, authorize } from './context';

/**
 * Cancels a registration (avanmälan): one's own, or — as organiser — someone else's. The freed
 * seat goes to the first on the waitlist in the same write; `promoted` is that person, or null.
 * The promoted person is told proactively: the message is queued in the outbox here, the one
 * place every cancellation passes (bot and API alike). Cancelling twice answers the cancelled
 * registration again.
 */
export async function cancelRegistration(
  ctx: CommandContext,
  trainingId: string,
  userId: string,
  actor: Identity,
): Promise<Result<CancelResult>> {
  const allowed = authorize(actor, userId === actor.id ? 'training.signUp' : 'training.organise');
  if (!allowed.ok) return allowed;
  const now = ctx.now();
  const cancelled = await ctx.store.trainings.cancel(trainingId, userId, now);
  if (cancelled.ok && cancelled.value.promoted) {
    await ctx.store.outbox.enqueue([promotedNotice(cancelled.value.promoted, now)]);
  }
  return cancelled;
}
