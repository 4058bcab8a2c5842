import { Container } from '@microsoft/teams.cards';
import { TrainingView } from '../../../domain/trainingView';
import { CardJson } from '../../core/turn';
import {
  CardContext,
  actions,
  card,
  execute,
  good,
  heading,
  isRegistered,
  paragraph,
  primaryAction,
  seats,
  statusOf,
  subtle,
  text,
  title,
  when,
  placeOf,
  myAction,
} from '../../core/cards/common';

/** At most this many trainings in one card (a Teams card stays well under its ~28 KB limit). */
export const MAX_LISTED = 10;

function item(ctx: CardContext, v: TrainingView): Container {
  const state = isRegistered(v) ? good(statusOf(ctx, v)) : subtle(v.signUpOpen ? seats(ctx, v) : text(ctx, 'bot.signUpClosed'));
  return new Container(
    title(v.title),
    subtle(`${when(ctx, v)} · ${placeOf(ctx, v)}`),
    ...(isRegistered(v) ? [subtle(seats(ctx, v))] : []),
    state,
    actions(primaryAction(ctx, v), execute(text(ctx, 'bot.action.details'), 'showTraining', { trainingId: v.id })),
  ).withSeparator(true).withSpacing('Medium');
}

/** Upcoming trainings with seats left and the person's own status, each with its sign-up button. */
export function trainingListCard(ctx: CardContext, trainings: readonly TrainingView[]): CardJson {
  const shown = trainings.slice(0, MAX_LISTED);
  const more = trainings.length - shown.length;
  return card(
    ctx,
    [
      heading(text(ctx, 'bot.list.title')),
      ...(shown.length ? shown.map((v) => item(ctx, v)) : [paragraph(text(ctx, 'bot.list.empty'))]),
      ...(more > 0 ? [subtle(text(ctx, 'bot.list.more', { count: more }))] : []),
      actions(myAction(ctx)),
    ],
    { view: 'list' },
  );
}
