import { CardJson } from '../turn';
import { CardContext, actions, attention, card, listAction, subtle, text, title } from './common';

/** Something could not be done: the localized reason and a code to quote to support. */
export function errorCard(ctx: CardContext, error: { message: string; code: string }): CardJson {
  return card(ctx, [
    title(text(ctx, 'bot.error.title')),
    attention(error.message),
    subtle(text(ctx, 'bot.error.code', { code: error.code })),
    actions(listAction(ctx)),
  ]);
}
