import type { Logger } from 'pino';
import { UseCases } from '../../commands';
import { Identity } from '../../domain/roles';
import { fail } from '../../domain/problem';
import { Locale, t } from '../../i18n';
import { isSubmittedAction, parseCardAction } from './actionData';
import { parseCommand } from './textCommands';
import { BotIdentify } from './identity';
import { turnLocale } from './locale';
import { helpCard, welcomeCard, welcomeTitle } from './cards/welcome';
import { errorCard } from './cards/error';
import { CardContext } from './cards/common';
import { COMMAND_HANDLERS, actionOutput, changes, replayVerb, runVerb } from './router';
import { cardReply, problemReply } from './problemReply';
import { BotServices, Session } from './session';
import { placeOf } from './teamScope';
import { BotOutput, BotTurn } from './turn';

/**
 * The bot core: one BotTurn in, one BotOutput out, whatever SDK delivered it. It resolves who
 * acts and in which language, keeps the person's personal-chat reference, makes sure a resent
 * turn changes nothing twice, and routes to the command and verb handlers. One log line per
 * turn: type, name, what was handled, time, the person's object id — never text or names.
 */
export interface BotCore {
  handle(turn: BotTurn): Promise<BotOutput>;
}

export interface BotDeps {
  useCases: UseCases;
  identify: BotIdentify;
  defaultLocale: Locale;
  /** The signed .ics link of a training for a person. */
  calendarUrl: (trainingId: string, userId: string, locale: Locale) => string;
  logger: Logger;
  /** Proactive updates (the follow-up cards in place) and links for cards. */
  services: Omit<BotServices, 'logger' | 'defaultLocale'>;
}

export function createBot(deps: BotDeps): BotCore {
  const uc = deps.useCases;

  const services: BotServices = { ...deps.services, defaultLocale: deps.defaultLocale, logger: deps.logger };
  const cardsFor = (locale: Locale, turn: BotTurn, identity?: Identity): CardContext => ({
    locale,
    timeZone: uc.clock.timeZone,
    ...(turn.actor ? { channelUserId: turn.actor.channelUserId } : {}),
    ...(identity ? { calendarUrl: (trainingId: string) => deps.calendarUrl(trainingId, identity.id, locale) } : {}),
    restlistaUrl: services.restlistaUrl(turn.team?.channelId),
  });

  // Teams always names the conversation type; a local playground may not, and then it is a personal chat.
  const isPersonal = (turn: BotTurn) => (turn.conversationType ?? 'personal') === 'personal';
  /** Keeps where the person can be reached; true when the chat is new to us (install). Personal chats only. */
  const remember = async (turn: BotTurn, identity: Identity): Promise<boolean> => {
    if (!isPersonal(turn) || !turn.reference) return false;
    return uc.chats.remember(identity.id, turn.reference);
  };
  /** Claims the activity id; false for a resend. */
  const firstTime = async (turn: BotTurn): Promise<boolean> => !turn.activityId || uc.chats.claimTurn(turn.activityId);
  /** In a team: the channel the turn came from, kept for the follow-up (commands/teamChannels.ts). */
  const rememberChannel = async (turn: BotTurn) => {
    const place = placeOf(turn);
    if (place) await uc.channels.remember(place);
  };

  async function route(turn: BotTurn, locale: Locale): Promise<BotOutput> {
    if (turn.kind === 'other') return { send: [], handled: 'ignored' };
    const who = await deps.identify(turn);
    const via = turn.kind === 'invoke' ? 'invoke' : 'message';
    if (!who.ok) return { ...problemReply(who.problem, cardsFor(locale, turn), via), handled: 'refused' };
    const identity = who.value;
    const origin = { conversationType: turn.conversationType, replyToId: turn.kind === 'invoke' || turn.kind === 'message' ? turn.replyToId : null };
    const s: Session = { uc, identity, locale, cards: cardsFor(locale, turn, identity), services, origin };

    switch (turn.kind) {
      case 'installed': {
        const place = placeOf(turn);
        if (place) {
          await uc.channels.installed(place);
          // Installed by one of the team's owners while there is no förvaltning team: this is it.
          if (turn.team?.groupId) await uc.access.chooseTeam({ id: turn.team.groupId, name: turn.team.name }, identity, { onlyIfNone: true });
          return { send: [], handled: 'installedInTeam' };
        }
        const isNew = await remember(turn, identity);
        return { send: isNew ? [{ card: welcomeCard(s.cards, identity), summary: welcomeTitle(s.cards, identity) }] : [], handled: 'installed' };
      }
      case 'uninstalled': {
        // Removing the app from a team forgets the team's channels; the person's own chat with the bot stays.
        const place = placeOf(turn);
        if (place) await uc.channels.uninstalled(place, identity);
        else if (isPersonal(turn)) await uc.chats.forget(identity.id);
        return { send: [], handled: place ? 'uninstalledFromTeam' : 'uninstalled' };
      }
      case 'membersChanged': {
        // Teams says who came or went; Graph says who owns: the roster is read again (nothing changes if Graph cannot answer).
        const refreshed = await uc.access.refreshRoster();
        return { send: [], handled: refreshed.ok ? `roster.${refreshed.value}` : 'roster.unavailable' };
      }
      case 'teamEvent': {
        const place = placeOf(turn);
        if (place) await uc.channels.changed(place, turn.event, identity);
        return { send: [], handled: turn.event };
      }
      case 'invoke': {
        if (turn.name !== 'adaptiveCard/action') {
          return { ...problemReply(fail('invalid', 'bot.unsupportedInvoke').problem, s.cards, 'invoke'), handled: 'unsupported' };
        }
        return cardAction(s, turn, turn.value, 'invoke', turn.replyToId);
      }
      case 'message': {
        if (isSubmittedAction(turn.value)) return cardAction(s, turn, turn.value, 'message', turn.replyToId);
        await remember(turn, identity);
        await rememberChannel(turn);
        if (!(await firstTime(turn))) return { send: [], handled: 'resent' };
        const command = parseCommand(turn.text);
        if (!command) return { send: [{ card: helpCard(s.cards, { unknown: true, scope: isPersonal(turn) ? 'personal' : 'team' }) }], handled: 'unknown' };
        const card = await COMMAND_HANDLERS[command](s, turn);
        return card.ok ? { send: [{ card: card.value }], handled: command } : { ...problemReply(card.problem, s.cards, 'message'), handled: command };
      }
    }
  }

  /** A card button: validated before anything is stored; a verb that changes something runs once per activity id. */
  async function cardAction(s: Session, turn: BotTurn, value: unknown, via: 'invoke' | 'message', replyToId: string | null): Promise<BotOutput> {
    const action = parseCardAction(value, via === 'invoke' ? 'execute' : 'submit');
    if (!action.ok) return { ...problemReply(action.problem, s.cards, via), handled: 'invalid' };
    let result;
    if (changes(action.value)) {
      result = (await firstTime(turn)) ? await runVerb(s, action.value) : await replayVerb(s, action.value);
      // Someone who signs up or cancels here can be told later (promotion, reminder) in this chat.
      if (result.ok) await remember(turn, s.identity);
    } else {
      result = await runVerb(s, action.value);
    }
    return { ...actionOutput(s, result, via, replyToId), handled: 'cardAction', verb: action.value.verb };
  }

  return {
    async handle(turn) {
      const started = performance.now();
      const locale = turnLocale(turn.locale, deps.defaultLocale);
      let output: BotOutput;
      try {
        output = await route(turn, locale);
      } catch (error) {
        deps.logger.error({ err: error, type: turn.type, user: turn.actor?.aadObjectId ?? undefined }, 'bot turn failed');
        output = internalError(turn, locale, uc.clock.timeZone);
      }
      deps.logger.info(
        {
          type: turn.type,
          ...(turn.kind === 'invoke' ? { name: turn.name } : {}),
          handled: output.handled,
          ...(output.verb ? { verb: output.verb } : {}),
          ms: Math.round((performance.now() - started) * 10) / 10,
          user: turn.actor?.aadObjectId ?? undefined,
          ...(output.invokeReply ? { status: output.invokeReply.status } : {}),
        },
        'bot turn',
      );
      return output;
    },
  };
}

/** Something unexpected: the person still gets an answer in their language (never a 500). */
export function internalError(turn: Pick<BotTurn, 'kind'>, locale: Locale, timeZone: string): BotOutput {
  const card = errorCard({ locale, timeZone }, { message: t(locale, 'error.internal'), code: 'internal' });
  return turn.kind === 'invoke' ? { send: [], invokeReply: cardReply(card), handled: 'error' } : { send: [{ card }], handled: 'error' };
}
