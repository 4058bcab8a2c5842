import { Registration } from '../domain/registration';
import { attendanceDecision } from '../domain/trainingChange';
import { Identity } from '../domain/roles';
import { Result } from '../domain/problem';
import { CommandContext, authorize, person, withInvitation } from './context';

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
  return ctx.store.trainings.change(trainingId, withInvitation(ctx, attendanceDecision(userId, attended, ctx.now(), person(actor))));
}
