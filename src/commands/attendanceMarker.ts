import { Registration } from '../domain/registration';
import { Identity } from '../domain/roles';
import { Result } from '../domain/problem';
import { CommandContext, authorize } from './context';

/** The organiser marks whether a registered person came (from the training's start). */
export async function markAttendance(
  ctx: CommandContext,
  trainingId: string,
  userId: string,
  attended: boolean,
  actor: Identity,
): Promise<Result<Registration>> {
  const allowed = authorize(actor, 'training.organise');
  if (!allowed.ok) return allowed;
  return ctx.store.trainings.setAttendance(trainingId, userId, attended, ctx.now());
}
