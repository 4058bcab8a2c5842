import { TrainingPatch } from '../domain/training';
import { TrainingUpdated, updateDecision } from '../domain/trainingChange';
import { Identity } from '../domain/roles';
import { Result } from '../domain/problem';
import { CommandContext, authorize, person, withInvitation } from './context';

export type { TrainingUpdated };

/**
 * Edits a training (If-Match: `expectedVersion`), or cancels it with `{ status: 'cancelled' }`.
 * Raising the seats promotes from the waitlist; a cancelled or moved training is news for
 * everyone still registered. The training, the promotions and those notices are one atomic
 * write (domain/trainingChange.ts `updateDecision`): the scheduler delivers the notices.
 */
export async function updateTraining(
  ctx: CommandContext,
  id: string,
  expectedVersion: number,
  patch: TrainingPatch,
  actor: Identity,
): Promise<Result<TrainingUpdated>> {
  const allowed = authorize(actor, 'training.organise');
  if (!allowed.ok) return allowed;
  return ctx.store.trainings.change(id, withInvitation(ctx, updateDecision(expectedVersion, patch, ctx.now(), person(actor))));
}
