import { ok } from '../../domain/problem';
import { listView, myView, renderView, trainingViewCard } from './trainingViews';
import { VerbHandler } from '../core/verb';

/** The read-only verbs: each re-renders a view for the person who clicked (or whose card refreshed). */
const asAction = async (card: ReturnType<typeof listView>) => {
  const rendered = await card;
  return rendered.ok ? ok({ card: rendered.value }) : rendered;
};

export const showTraining: VerbHandler<'showTraining'> = {
  changes: false,
  run: (s, { trainingId }) => asAction(trainingViewCard(s, trainingId)),
};

export const listTrainings: VerbHandler<'listTrainings'> = {
  changes: false,
  run: (s) => asAction(listView(s)),
};

export const myRegistrations: VerbHandler<'myRegistrations'> = {
  changes: false,
  run: (s) => asAction(myView(s)),
};

/** `refresh` (Universal Actions): the card's own view, as it is now for this person. */
export const refresh: VerbHandler<'refresh'> = {
  changes: false,
  run: (s, { view, trainingId }) => asAction(renderView(s, view, trainingId)),
};
