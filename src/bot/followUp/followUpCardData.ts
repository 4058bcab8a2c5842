import { FollowUpSnapshot } from '../../commands/followUpReader';
import { IsoDate, localDate } from '../../domain/calendar';
import { FollowUpSchedule, ScheduledMeeting, meetingOn } from '../../domain/followUpSchedule';
import { Activity } from '../../domain/activity';
import { Person } from '../../domain/person';
import { Restlista, RestlistaItem, restlista } from '../../domain/restlista';
import { byDueDate } from '../../domain/activityOrder';
import { RegisterDocument } from '../../domain/documentRegister';
import { ReviewState, reviewsDue } from '../../domain/documentReview';

/**
 * What a follow-up card shows, read fresh from the store: the meeting (by the schedule), the
 * restlista's counts for it, and the items that need attention — overdue first, then due before
 * the meeting — at most MAX_CARD_ITEMS, the rest counted. The channel card shows everyone's; an
 * owner's nudge shows theirs.
 */
export const FOLLOW_UP_VIEWS = ['channel', 'nudge'] as const;
export type FollowUpView = (typeof FOLLOW_UP_VIEWS)[number];

/** Items on one card: Teams keeps a card under ~28 KB, and a channel message should stay readable. */
export const MAX_CARD_ITEMS = 6;
/** Documents to review on one card; the rest are counted. */
export const MAX_CARD_DOCUMENTS = 4;

export type DocumentToReview = RegisterDocument & ReviewState;

export interface FollowUpNotice {
  tone: 'good' | 'attention' | 'warning';
  text: string;
}

export interface FollowUpCardData {
  view: FollowUpView;
  meeting: ScheduledMeeting;
  /** The zone the meeting's time is shown in. */
  timeZone: string;
  today: IsoDate;
  counts: Restlista['counts'];
  overdue: { shown: RestlistaItem[]; total: number };
  due: { shown: RestlistaItem[]; total: number };
  /** Urgent items not shown. */
  more: number;
  /** The nudge's owner. */
  person: Person | null;
  notice?: FollowUpNotice;
  /** Register documents whose review is overdue or due by the meeting (a nudge: the owner's), most overdue first. */
  documents: { shown: DocumentToReview[]; total: number };
}

/** The card's data from the log as it is now (`FollowUpSnapshot`, read through the use cases). */
export function followUpCardData(
  snapshot: FollowUpSnapshot,
  view: FollowUpView,
  meetingDate: IsoDate,
  person: Person | null,
  notice?: FollowUpNotice,
): FollowUpCardData {
  return followUpCardDataOf(snapshot.activities, snapshot, { view, meetingDate, person, ...(notice ? { notice } : {}) }, snapshot.documents);
}

/** The same, from the activity log as given (pure: the card gallery's samples use it). */
export function followUpCardDataOf(
  activities: readonly Activity[],
  at: { schedule: FollowUpSchedule; now: Date; timeZone: string },
  card: { view: FollowUpView; meetingDate: IsoDate; person: Person | null; notice?: FollowUpNotice },
  documents: readonly RegisterDocument[] = [],
): FollowUpCardData {
  const { view, meetingDate, person } = card;
  // A nudge is about one owner's items (its counts are theirs): only those are looked at.
  const scope = view === 'channel' ? activities : activities.filter((a) => person !== null && a.owner?.id === person.id);
  const list = restlista(scope, { now: at.now, timeZone: at.timeZone, meetingDate });
  // The most overdue first, whoever owns them (the restlista itself groups by owner).
  const items = list.groups.flatMap((g) => g.items).sort((a, b) => byDueDate(a.activity, b.activity));
  const overdue = items.filter((i) => i.flags.overdue);
  const due = items.filter((i) => i.flags.dueBeforeMeeting);
  const shownOverdue = overdue.slice(0, MAX_CARD_ITEMS);
  const shownDue = due.slice(0, MAX_CARD_ITEMS - shownOverdue.length);
  const today = localDate(at.now, at.schedule.timeZone);
  const docScope = view === 'channel' ? documents : documents.filter((d) => person !== null && d.owner?.id === person.id);
  const toReview = reviewsDue(docScope, today, meetingDate);
  return {
    view,
    meeting: meetingOn(at.schedule, meetingDate),
    timeZone: at.schedule.timeZone,
    today,
    counts: list.counts,
    overdue: { shown: shownOverdue, total: overdue.length },
    due: { shown: shownDue, total: due.length },
    more: overdue.length + due.length - shownOverdue.length - shownDue.length,
    person,
    ...(card.notice ? { notice: card.notice } : {}),
    documents: { shown: toReview.slice(0, MAX_CARD_DOCUMENTS), total: toReview.length },
  };
}
