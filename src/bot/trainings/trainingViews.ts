import { Result, ok } from '../../domain/problem';
import { trainingListCard } from './cards/trainingList';
import { myRegistrationsCard } from './cards/myRegistrations';
import { trainingCard } from './cards/trainingCards';
import { ViewName } from '../core/actionData';
import { Session } from '../core/session';
import { CardJson } from '../core/turn';

/**
 * The three views a card can show and refresh to, each read fresh through the use cases for
 * the person looking (so everyone sees their own status): the upcoming trainings, their
 * registrations, one training.
 */
export async function listView(s: Session): Promise<Result<CardJson>> {
  const listed = await s.uc.trainings.list(s.identity, { status: ['planned'] });
  return listed.ok ? ok(trainingListCard(s.cards, listed.value)) : listed;
}

export async function myView(s: Session): Promise<Result<CardJson>> {
  const mine = await s.uc.trainings.mine(s.identity);
  return mine.ok ? ok(myRegistrationsCard(s.cards, mine.value)) : mine;
}

export async function trainingViewCard(s: Session, trainingId: string): Promise<Result<CardJson>> {
  const training = await s.uc.trainings.get(trainingId, s.identity);
  return training.ok ? ok(trainingCard(s.cards, training.value)) : training;
}

export function renderView(s: Session, view: ViewName, trainingId?: string): Promise<Result<CardJson>> {
  if (view === 'training' && trainingId) return trainingViewCard(s, trainingId);
  return view === 'my' ? myView(s) : listView(s);
}
