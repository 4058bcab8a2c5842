import { UseCases } from '../../commands';
import { ConversationReference, OutboxMessage, isFollowUpKind } from '../../domain/notification';
import { Locale, MessageKey, t } from '../../i18n';
import { CardContext, when } from '../core/cards/common';
import { promotedCard, reminderCard, trainingCancelledCard, trainingChangedCard } from './cards/notices';
import { turnLocale } from '../core/locale';
import { OutgoingMessage } from '../core/turn';

/** What to send for a queued message, or why it no longer applies (the person cancelled meanwhile, …). */
export type Composed = { message: OutgoingMessage } | { skip: string };

export type NoticeComposer = (message: OutboxMessage, reference: ConversationReference) => Promise<Composed>;

/**
 * Builds the card for a queued notification when it is sent, in the language of the chat:
 * training news from the training and the person's registration as they are then; the
 * monthly follow-up's messages by `followUp` (bot/followUpComposer.ts).
 */
export function createNoticeComposer(deps: {
  useCases: UseCases;
  defaultLocale: Locale;
  calendarUrl: (trainingId: string, userId: string, locale: Locale) => string;
  followUp?: NoticeComposer;
}): NoticeComposer {
  const training = trainingComposer(deps);
  return async (message, reference) => {
    if (!isFollowUpKind(message.kind)) return training(message, reference);
    return deps.followUp ? deps.followUp(message, reference) : { skip: 'follow-up messages are not composed here' };
  };
}

function trainingComposer(deps: {
  useCases: UseCases;
  defaultLocale: Locale;
  calendarUrl: (trainingId: string, userId: string, locale: Locale) => string;
}): NoticeComposer {
  const uc = deps.useCases;
  return async (message, reference) => {
    if (!message.trainingId) return { skip: 'no training' };
    const view = await uc.trainings.asSeenBy(message.trainingId, message.userId);
    if (!view) return { skip: 'training no longer exists' };
    const training = view;
    const locale = turnLocale(reference.locale, deps.defaultLocale);
    const cards: CardContext = {
      locale,
      timeZone: uc.clock.timeZone,
      channelUserId: reference.user.id,
      calendarUrl: (trainingId) => deps.calendarUrl(trainingId, message.userId, locale),
    };
    const summary = (key: MessageKey) => t(locale, key, { title: training.title, when: when(cards, view) });
    switch (message.kind) {
      case 'promoted':
        if (view.myStatus !== 'confirmed' || training.status !== 'planned') return { skip: 'no longer confirmed' };
        return { message: { card: promotedCard(cards, view), summary: summary('bot.promoted.summary') } };
      case 'reminder':
        if (view.myStatus !== 'confirmed' || training.status !== 'planned') return { skip: 'no longer confirmed' };
        return { message: { card: reminderCard(cards, view), summary: summary('bot.reminder.summary') } };
      case 'trainingChanged':
        if (training.status !== 'planned' || (view.myStatus !== 'confirmed' && view.myStatus !== 'waitlisted')) return { skip: 'no longer registered' };
        return { message: { card: trainingChangedCard(cards, view), summary: summary('bot.trainingChanged.summary') } };
      case 'trainingCancelled':
        return { message: { card: trainingCancelledCard(cards, view), summary: summary('bot.trainingCancelled.summary') } };
      default:
        return { skip: `not a training message (${message.kind})` };
    }
  };
}
