import type { Logger } from 'pino';
import { UseCases } from '../../commands';
import { Identity } from '../../domain/roles';
import { Result } from '../../domain/problem';
import { Locale } from '../../i18n';
import { CardContext } from './cards/common';
import { CardJson, OutgoingMessage, ProactiveSender } from './turn';

/** What the bot uses besides the use cases: proactive sends and in-place updates, links for cards, the channel's language. */
export interface BotServices {
  /** The SDK adapter's sender (bound once the adapter exists). */
  sender: ProactiveSender;
  /** The tab's restlista for card links: a Teams deep link (into the channel, when known) or the tab's URL. */
  restlistaUrl: (channelId?: string | null) => string;
  /** The language of cards in a channel (many readers; the app's default). */
  defaultLocale: Locale;
  logger: Logger;
}

/** Everything a command or verb handler needs for one turn: the use cases, who acts, and how to build their cards. */
export interface Session {
  uc: UseCases;
  identity: Identity;
  locale: Locale;
  cards: CardContext;
  services: BotServices;
  /** Where the turn came from: the conversation's type and, for a card action, the message clicked. */
  origin: { conversationType: string | null; replyToId: string | null };
}

/**
 * What a card action produces: the card that replaces the one clicked, messages to send after it,
 * and whether the clicked message itself should be updated for everyone who sees it (a change
 * made from a card in a channel or group chat).
 */
export type ActionResult = Result<{ card: CardJson; send?: OutgoingMessage[]; updateClicked?: boolean }>;

/** A personal chat (Teams always names the type; a local playground may not, and then it is one). */
export const isPersonalChat = (origin: Session['origin']): boolean => (origin.conversationType ?? 'personal') === 'personal';
