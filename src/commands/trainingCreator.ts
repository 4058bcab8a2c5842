import { Training, TrainingFields, newTraining } from '../domain/training';
import { Person } from '../domain/person';
import { Identity } from '../domain/roles';
import { Result, ok } from '../domain/problem';
import { changeEntry } from '../domain/auditDiff';
import { CommandContext, authorize, person, publicationNotices } from './context';

/** What an organiser fills in; the organiser defaults to the person creating the training. */
export type TrainingInput = Omit<TrainingFields, 'organiser'> & { organiser?: Person | null };

/** Publishes a training (planned); the store gives it the next id (U-001, …). */
export async function createTraining(ctx: CommandContext, input: TrainingInput, actor: Identity): Promise<Result<Training>> {
  const allowed = authorize(actor, 'training.organise');
  if (!allowed.ok) return allowed;
  const { organiser, ...fields } = input;
  const draft = newTraining({ ...fields, organiser: organiser ?? person(actor) }, ctx.now());
  if (!draft.ok) return draft;
  const created = draft.value;
  return ok(await ctx.store.trainings.create(created, (id) => changeEntry(created.createdAt, person(actor), { type: 'training', id }, 'training.created', null, created), publicationNotices(ctx)));
}
