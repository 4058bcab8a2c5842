import { Activity, isClosed } from './activity';
import { IsoDate, localDate } from './calendar';
import { FollowUpSettings } from './followUp';
import { ScheduledReminder, dueReminder } from './followUpSchedule';
import { OutboxDraft } from './notification';

/**
 * What the monthly follow-up puts in the outbox at a given instant: the restlista card for the
 * channel when a reminder is due, and — with nudges on — one personal message per owner with
 * overdue items. The keys make it exactly once however often this runs, on however many
 * instances: `followUp:<channel>:<meeting date>:<reminder kind>` and
 * `followUpNudge:<meeting date>:<owner>` (one nudge per owner and meeting, even if the channel
 * is changed in between or the morning reminder comes after the one days before). An owner is
 * nudged for items overdue at the reminder's instant; the card itself shows things as they are
 * when it is sent.
 */
export interface DueFollowUp {
  reminder: ScheduledReminder;
  drafts: OutboxDraft[];
}

export const followUpReminderKey = (channelId: string, meetingDate: IsoDate, kind: ScheduledReminder['kind']) =>
  `followUp:${channelId}:${meetingDate}:${kind}`;
export const followUpNudgeKey = (meetingDate: IsoDate, userId: string) => `followUpNudge:${meetingDate}:${userId}`;

/** Owners (by id) of open items whose due date has passed today, in the schedule's zone. */
export function ownersWithOverdue(activities: readonly Activity[], now: Date, timeZone: string): string[] {
  const today = localDate(now, timeZone);
  const owners = new Set<string>();
  for (const a of activities) {
    if (a.owner && !isClosed(a.status) && a.dueDate !== null && a.dueDate < today) owners.add(a.owner.id);
  }
  return [...owners].sort();
}

/** The follow-up messages due at `now`, or null when no channel is chosen or no reminder is due. */
export function dueFollowUp(settings: FollowUpSettings, activities: readonly Activity[], now: Date): DueFollowUp | null {
  if (!settings.channel) return null;
  const reminder = dueReminder(settings.schedule, now);
  if (!reminder) return null;
  const channelId = settings.channel.conversationId;
  const meetingDate = reminder.meeting.date;
  const createdAt = now.toISOString();
  const dueAt = reminder.at.toISOString();
  const drafts: OutboxDraft[] = [
    { dedupeKey: followUpReminderKey(channelId, meetingDate, reminder.kind), userId: '', kind: 'followUpReminder', trainingId: null, channelId, meetingDate, createdAt, dueAt },
  ];
  if (settings.schedule.nudges) {
    // Overdue as of the reminder (not later ticks): nobody is nudged at midnight because an item fell due in between.
    for (const userId of ownersWithOverdue(activities, reminder.at, settings.schedule.timeZone)) {
      drafts.push({ dedupeKey: followUpNudgeKey(meetingDate, userId), userId, kind: 'followUpNudge', trainingId: null, channelId: null, meetingDate, createdAt, dueAt });
    }
  }
  return { reminder, drafts };
}
