import { dueReminder, remindersOf, upcomingMeetings } from '../../domain/followUpSchedule';
import { Result, fail, ok } from '../../domain/problem';
import { t } from '../../i18n';
import { followUpChosenCard, followUpReminderCard } from './followUpCards';
import { followUpCardData } from './followUpCardData';
import { placeOf } from '../core/teamScope';
import { Session, isPersonalChat } from '../core/session';
import { BotTurn, CardJson } from '../core/turn';

/**
 * The follow-up's text commands. `restlista` posts the restlista card for the next meeting
 * where it was asked for (in a channel in the channel's language). `följ upp här` in a channel
 * makes it the follow-up channel (förvaltningsledare; the same right as the tab's settings) and
 * answers with the schedule and when the next reminder comes; said by an owner of the team, it
 * makes the team the förvaltning team first.
 */
export async function restlistaCommand(s: Session): Promise<Result<CardJson>> {
  const snapshot = await s.uc.followUp.snapshot(s.identity);
  if (!snapshot.ok) return snapshot;
  const meeting = await s.uc.followUp.nextMeeting();
  const cards = isPersonalChat(s.origin) ? s.cards : { ...s.cards, locale: s.services.defaultLocale };
  return ok(followUpReminderCard(cards, followUpCardData(snapshot.value, 'channel', meeting.date, null)));
}

/**
 * "följ upp här" also chooses the förvaltning team (domain/forvaltningTeam.ts) when the person
 * owns this team by its Graph roster: the first time, or — by a förvaltningsledare — a move. The
 * person's role is then read again. When Graph cannot tell (off, unreachable) or the team is not
 * theirs to choose, the channel is still chosen by the role they have.
 */
async function asFörvaltningTeam(s: Session, turn: BotTurn): Promise<{ identity: Session['identity']; chosen: boolean }> {
  const team = turn.team;
  if (!team?.groupId) return { identity: s.identity, chosen: false };
  const chosen = await s.uc.access.chooseTeam({ id: team.groupId, name: team.name }, s.identity);
  if (!chosen.ok || chosen.value === 'unchanged') return { identity: s.identity, chosen: false };
  const identity = await s.uc.access.identity({ id: s.identity.id, name: s.identity.name, tenantId: s.identity.tenantId });
  return { identity, chosen: chosen.value === 'chosen' };
}

export async function followUpHereCommand(s: Session, turn: BotTurn): Promise<Result<CardJson>> {
  const place = placeOf(turn);
  const channel = place && (await s.uc.channels.remember(place));
  if (!channel) return fail('invalid', 'bot.followUp.channelOnly');
  // An owner of this team makes it the förvaltning team (and so becomes förvaltningsledare) before choosing the channel.
  const team = await asFörvaltningTeam(s, turn);
  const chosen = await s.uc.followUp.chooseChannel(channel, team.identity);
  if (!chosen.ok) return chosen;
  const { schedule } = chosen.value;
  const now = s.uc.clock.now();
  const [meeting] = upcomingMeetings(schedule, now, 1);
  // The next reminder still ahead: of the next meeting, or (when its reminders have passed) of the one after.
  const reminder =
    [...upcomingMeetings(schedule, now, 2).flatMap((m) => remindersOf(schedule, m))].find((r) => r.at.getTime() > now.getTime()) ?? dueReminder(schedule, now);
  const cards = { ...s.cards, locale: s.services.defaultLocale };
  const channelName = channel.channelName ?? t(cards.locale, 'followUp.generalChannel');
  return ok(
    followUpChosenCard(cards, {
      channelName: channel.teamName ? `${channel.teamName} › ${channelName}` : channelName,
      schedule,
      meeting: meeting!,
      reminder,
      forvaltningTeam: team.chosen ? (channel.teamName ?? channelName) : null,
    }),
  );
}
