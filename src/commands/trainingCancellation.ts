import { CancelResult } from '../domain/registration';
import { cancelDecision } from '../domain/trainingChange';
import { Identity } from '../domain/roles';
import { Result } from '../domain/problem';
import { CommandContext, authorize, person, withInvitation } from './context';

/**
 * Cancels a registration (avanmälan): one's own, or — as organiser — someone else's. The freed
 * seat goes to the first on the waitlist, and the message that tells them is queued, in the same
 * atomic write (domain/trainingChange.ts `cancelDecision`); `promoted` is that person, or null.
 * Cancelling twice answers the cancelled registration again.
 */
export async function cancelRegistration(
  ctx: CommandContext,
  trainingId: string,
  userId: string,
  actor: Identity,
): Promise<Result<CancelResult>> {
  const allowed = authorize(actor, userId === actor.id ? 'training.signUp' : 'training.organise');
  if (!allowed.ok) return allowed;
  return ctx.store.trainings.change(trainingId, withInvitation(ctx, cancelDecision(userId, ctx.now(), person(actor))));
}
