import { UseCases } from '../../commands';
import { unwrap } from '../../domain/problem';
import { IsoDate } from '../../domain/calendar';
import { CardContext } from '../core/cards/common';
import { followUpReminderCard } from './followUpCards';
import { FollowUpNotice, followUpCardData } from './followUpCardData';
import { BotServices } from '../core/session';

/**
 * After an item changed from a follow-up card: the restlista cards the scheduler posted in the
 * follow-up channel for that meeting are replaced in place (updateActivity through the SDK
 * adapter), so everyone in the channel sees the new state — also when the change was made from
 * an owner's nudge in their personal chat or in the tab. `except` is the message already updated
 * in the turn (the one clicked). A failed update is logged, never the clicker's problem: the
 * card's "Uppdatera" button shows the state too.
 */
export async function refreshPostedReminders(
  uc: UseCases,
  services: BotServices,
  meetingDate: IsoDate,
  opts: { except?: string | null; notice?: (cards: CardContext) => FollowUpNotice },
): Promise<number> {
  const found = await uc.followUp.posted(meetingDate);
  const targets = found?.posted.filter((m) => m.activityId && m.activityId !== opts.except) ?? [];
  if (!found || targets.length === 0) return 0;
  const cards: CardContext = { locale: services.defaultLocale, timeZone: uc.clock.timeZone, restlistaUrl: services.restlistaUrl(found.channelId) };
  const snapshot = unwrap(await uc.followUp.snapshot(null));
  const card = followUpReminderCard(cards, followUpCardData(snapshot, 'channel', meetingDate, null, opts.notice?.(cards)));
  let updated = 0;
  for (const message of targets) {
    const outcome = await services.sender.update(found.reference, message.activityId!, { card });
    if (outcome.ok) updated++;
    else services.logger.warn({ outbox: message.id, status: outcome.status, error: outcome.error }, 'follow-up card not updated in place');
  }
  return updated;
}
