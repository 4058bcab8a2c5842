import { UseCases } from '../../commands';
import { meetingOn } from '../../domain/followUpSchedule';
import { unwrap } from '../../domain/problem';
import { Locale, t } from '../../i18n';
import { CardContext } from '../core/cards/common';
import { followUpNudgeCard, followUpReminderCard, shortDate } from './followUpCards';
import { followUpCardData } from './followUpCardData';
import { turnLocale } from '../core/locale';
import { NoticeComposer } from '../trainings/noticeComposer';

/**
 * Builds the follow-up's queued messages when they are sent, from the restlista as it is then:
 * the channel's card (in the app's default language: a channel has many readers) and an owner's
 * nudge (in their chat's language). A message whose moment has passed is not sent: the meeting
 * has started, the channel is no longer the follow-up channel, the owner has nothing overdue.
 */
export function createFollowUpComposer(deps: {
  useCases: UseCases;
  defaultLocale: Locale;
  restlistaUrl: (channelId?: string | null) => string;
}): NoticeComposer {
  const uc = deps.useCases;
  return async (message, reference) => {
    if (!message.meetingDate) return { skip: 'no meeting date' };
    // The app's own message: read as the app, not as a person.
    const snapshot = unwrap(await uc.followUp.snapshot(null));
    const { schedule, channel } = snapshot;
    if (snapshot.now.getTime() >= meetingOn(schedule, message.meetingDate).at.getTime()) return { skip: 'the meeting has started' };

    if (message.kind === 'followUpReminder') {
      if (!message.channelId || channel?.conversationId !== message.channelId) return { skip: 'no longer the follow-up channel' };
      const cards: CardContext = { locale: deps.defaultLocale, timeZone: snapshot.timeZone, restlistaUrl: deps.restlistaUrl(message.channelId) };
      const data = followUpCardData(snapshot, 'channel', message.meetingDate, null);
      const summary = t(cards.locale, 'bot.followUp.summary', { date: shortDate(cards, data.meeting.date), overdue: data.overdue.total, due: data.due.total });
      return { message: { card: followUpReminderCard(cards, data), summary } };
    }

    const locale = turnLocale(reference.locale, deps.defaultLocale);
    const cards: CardContext = { locale, timeZone: snapshot.timeZone, channelUserId: reference.user.id, restlistaUrl: deps.restlistaUrl(channel?.conversationId) };
    const data = followUpCardData(snapshot, 'nudge', message.meetingDate, { id: message.userId, name: '' });
    if (data.overdue.total === 0) return { skip: 'no overdue items any more' };
    const owner = data.overdue.shown[0]?.activity.owner ?? null;
    const person = { id: message.userId, name: owner?.name ?? reference.user.name ?? '' };
    const summary = t(locale, 'bot.followUp.nudge.summary', { count: data.overdue.total, date: shortDate(cards, data.meeting.date) });
    return { message: { card: followUpNudgeCard(cards, { ...data, person }), summary } };
  };
}
