import { TrainingStats, trainingStats } from '../domain/trainingStats';
import { Identity } from '../domain/roles';
import { Result, ok } from '../domain/problem';
import { CommandContext, authorize } from './context';

/** The organisers' numbers: trainings and unique participants per month (in the app's time zone), kind and department. */
export async function trainingStatistics(ctx: CommandContext, actor: Identity): Promise<Result<TrainingStats>> {
  const allowed = authorize(actor, 'training.organise');
  if (!allowed.ok) return allowed;
  const [trainings, registrations] = await Promise.all([ctx.store.trainings.list(), ctx.store.trainings.allRegistrations()]);
  return ok(trainingStats(trainings, registrations, ctx.timeZone));
}
