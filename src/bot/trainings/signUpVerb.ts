import { ok } from '../../domain/problem';
import { confirmationCard, signUpResultCard } from './cards/trainingCards';
import { VerbHandler } from '../core/verb';

/**
 * "Anmäl mig": signs the person up through the use case (seats are decided inside the store's
 * write). The clicked card becomes the result ("Anmäld ✓" / "Fullt – du står på väntelistan,
 * plats 3"); a new seat also gets a confirmation card with the time, the meeting link, the
 * calendar file and "Avanmäl". A repeat (double click) answers 'already' and sends nothing new.
 */
export const signUp: VerbHandler<'signUp'> = {
  changes: true,
  async run(s, { trainingId }) {
    const signedUp = await s.uc.trainings.signUp(trainingId, s.identity);
    if (!signedUp.ok) return signedUp;
    const view = await s.uc.trainings.get(trainingId, s.identity);
    if (!view.ok) return view;
    const { outcome, position } = signedUp.value;
    return ok({
      card: signUpResultCard(s.cards, view.value, outcome, position),
      send: outcome === 'confirmed' ? [{ card: confirmationCard(s.cards, view.value), summary: view.value.title }] : [],
    });
  },
};
