import { ok } from '../../domain/problem';
import { cancelledCard } from './cards/trainingCards';
import { VerbHandler } from '../core/verb';

/**
 * "Avanmäl" / "Lämna väntelistan": cancels the person's own registration through the use case,
 * which gives the freed seat to the first on the waitlist and queues their message.
 */
export const cancel: VerbHandler<'cancel'> = {
  changes: true,
  async run(s, { trainingId }) {
    const before = await s.uc.trainings.get(trainingId, s.identity);
    if (!before.ok) return before;
    const cancelled = await s.uc.trainings.cancel(trainingId, s.identity.id, s.identity);
    if (!cancelled.ok) return cancelled;
    const after = await s.uc.trainings.get(trainingId, s.identity);
    if (!after.ok) return after;
    return ok({ card: cancelledCard(s.cards, after.value, before.value.myStatus === 'waitlisted' ? 'waitlisted' : 'confirmed') });
  },
};
