import { CommandContext } from '../commands/context';
import { Identity } from '../domain/roles';
import { Result } from '../domain/problem';
import { Locale } from '../i18n';
import { CardContext } from './cards/common';
import { CardJson, OutgoingMessage } from './turn';

/** Everything a command or verb handler needs for one turn: the use cases' context, who acts, and how to build their cards. */
export interface Session {
  ctx: CommandContext;
  identity: Identity;
  locale: Locale;
  cards: CardContext;
}

/** What a card action produces: the card that replaces the one clicked, and messages to send after it. */
export type ActionResult = Result<{ card: CardJson; send?: OutgoingMessage[] }>;
