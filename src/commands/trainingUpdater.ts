import { Training, TrainingPatch, changeTraining, isRescheduled } from '../domain/training';
import { Registration } from '../domain/registration';
import { promotedNotice, trainingNotices } from '../domain/notification';
import { Identity } from '../domain/roles';
import { Result, ok, fail } from '../domain/problem';
import { CommandContext, authorize } from './context';

export interface TrainingUpdated {
  training: Training;
  /** Moved up from the waitlist because seats were added (arrival order): tell each one they have a seat. */
  promoted: Registration[];
  /** The registered (confirmed and waitlisted) to tell when the training was cancelled or moved in time or place. */
  notify: Registration[];
  notifyReason: 'cancelled' | 'changed' | null;
}

/**
 * Edits a training (If-Match: `expectedVersion`), or cancels it with `{ status: 'cancelled' }`.
 * Raising the seats promotes from the waitlist in the same write. The result says whom to
 * tell: the promoted, and everyone registered when the training was cancelled or moved — and
 * queues those messages in the outbox (delivered proactively by the scheduler).
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
  const current = await ctx.store.trainings.get(id);
  if (!current) return fail('not_found', 'training.notFound', { params: { id } });
  if (current.version !== expectedVersion) return fail('conflict', 'conflict.stale', { current });

  const changed = changeTraining(current, patch, ctx.now());
  if (!changed.ok) return changed;
  if (!changed.value.changed) return ok({ training: current, promoted: [], notify: [], notifyReason: null });

  const written = await ctx.store.trainings.update(changed.value.next, expectedVersion);
  if (!written.ok) {
    if (written.reason === 'conflict') return fail('conflict', 'conflict.stale', { current: written.current });
    return fail('not_found', 'training.notFound', { params: { id } });
  }
  const { training, promoted } = written.value;
  const notifyReason =
    training.status === 'cancelled' ? 'cancelled' : training.status === 'planned' && isRescheduled(current, training) ? 'changed' : null;
  // Read after the write: no sign-up can slip in after a cancellation, so this list is complete.
  const notify = notifyReason ? (await ctx.store.trainings.registrations(id)).filter(awaitsTraining) : [];
  const now = new Date(training.updatedAt);
  await ctx.store.outbox.enqueue([
    ...promoted.map((r) => promotedNotice(r, now)),
    ...(notifyReason ? trainingNotices(training, notifyReason, notify, now) : []),
  ]);
  return ok({ training, promoted, notify, notifyReason });
}

/** Cancels the training (inställd); everyone registered is in `notify`. */
export function cancelTraining(ctx: CommandContext, id: string, expectedVersion: number, actor: Identity): Promise<Result<TrainingUpdated>> {
  return updateTraining(ctx, id, expectedVersion, { status: 'cancelled' }, actor);
}

const awaitsTraining = (r: Registration): boolean => r.status === 'confirmed' || r.status === 'waitlisted';
