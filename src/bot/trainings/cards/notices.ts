import { TrainingView } from '../../../domain/trainingView';
import { CardJson } from '../../core/turn';
import { seatCard } from './trainingCards';
import { CardContext, actions, attendLinks, card, facts, good, heading, listAction, paragraph, primaryAction, text, when, trainingRefresh } from '../../core/cards/common';

/** Cards the bot sends without being asked (from the outbox); each refreshes to the person's current state. */

/** "Du har fått en plats": moved up from the waitlist, with everything the confirmation has. */
export const promotedCard = (ctx: CardContext, v: TrainingView): CardJson => seatCard(ctx, v, 'promoted');

/** The day before: when, where, the meeting link. */
export function reminderCard(ctx: CardContext, v: TrainingView): CardJson {
  return card(
    ctx,
    [
      heading(text(ctx, 'bot.reminder.title', { title: v.title })),
      good(text(ctx, 'bot.reminder.text', { when: when(ctx, v) })),
      facts(ctx, v),
      actions(...attendLinks(ctx, v), primaryAction(ctx, v)),
    ],
    trainingRefresh(v),
  );
}

/** The organiser cancelled the training. */
export function trainingCancelledCard(ctx: CardContext, v: TrainingView): CardJson {
  return card(
    ctx,
    [heading(text(ctx, 'bot.trainingCancelled.title', { title: v.title })), paragraph(text(ctx, 'bot.trainingCancelled.text')), facts(ctx, v), actions(listAction(ctx))],
    trainingRefresh(v),
  );
}

/** The organiser moved the training in time or place: what applies now. */
export function trainingChangedCard(ctx: CardContext, v: TrainingView): CardJson {
  return card(
    ctx,
    [
      heading(text(ctx, 'bot.trainingChanged.title', { title: v.title })),
      paragraph(text(ctx, 'bot.trainingChanged.text')),
      facts(ctx, v),
      actions(...(v.myStatus === 'confirmed' ? attendLinks(ctx, v) : []), primaryAction(ctx, v)),
    ],
    trainingRefresh(v),
  );
}
