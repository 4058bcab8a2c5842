import { Container } from '@microsoft/teams.cards';
import { MyRegistration } from '../../../domain/trainingView';
import { CardJson } from '../../core/turn';
import { CardContext, actions, attendLinks, card, good, heading, listAction, paragraph, placeOf, primaryAction, statusOf, subtle, text, title, warning, when } from '../../core/cards/common';

/** The person's own registrations (mina anmälningar) of trainings that have not ended. */
export function myRegistrationsCard(ctx: CardContext, items: readonly Pick<MyRegistration, 'training'>[]): CardJson {
  const rows = items.map(({ training: v }) =>
    new Container(
      title(v.title),
      subtle(`${when(ctx, v)} · ${placeOf(ctx, v)}`),
      v.myStatus === 'waitlisted' ? warning(statusOf(ctx, v)) : good(statusOf(ctx, v)),
      actions(...(v.myStatus === 'confirmed' && v.status === 'planned' ? attendLinks(ctx, v) : []), primaryAction(ctx, v)),
    )
      .withSeparator(true)
      .withSpacing('Medium'),
  );
  return card(
    ctx,
    [heading(text(ctx, 'bot.my.title')), ...(rows.length ? rows : [paragraph(text(ctx, 'bot.my.empty'))]), actions(listAction(ctx))],
    { view: 'my' },
  );
}
