import { cancelRegistration } from '../../commands/trainingCancellation';
import { getTraining } from '../../commands/trainingListing';
import { ok } from '../../domain/problem';
import { cancelledCard } from '../cards/trainingCards';
import { VerbHandler } from './verb';

/**
 * "Avanmäl" / "Lämna väntelistan": cancels the person's own registration through the use case,
 * which gives the freed seat to the first on the waitlist and queues their message.
 */
export const cancel: VerbHandler<'cancel'> = {
  changes: true,
  async run(s, { trainingId }) {
    const before = await getTraining(s.ctx, trainingId, s.identity);
    if (!before.ok) return before;
    const cancelled = await cancelRegistration(s.ctx, trainingId, s.identity.id, s.identity);
    if (!cancelled.ok) return cancelled;
    const after = await getTraining(s.ctx, trainingId, s.identity);
    if (!after.ok) return after;
    return ok({ card: cancelledCard(s.cards, after.value, before.value.myStatus === 'waitlisted' ? 'waitlisted' : 'confirmed') });
  },
};
