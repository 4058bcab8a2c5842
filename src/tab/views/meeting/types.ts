/** The meeting view's own types; the API's shapes are the contract's and the domain's (type-only imports). */
import type { ResponseOf, API } from '../../../api/contract';
import type { Person } from '../../../domain/person';

export type { Meeting, MeetingEntry, MeetingSummary, MeetingStatus, MeetingToHold, RecordedDecision as RecordedEntry } from '../../../domain/meeting';

export type MeetingList = ResponseOf<typeof API.meetings.list>;

/** What the user has typed for one item; kept per item for the whole meeting. */
export interface Draft {
  note: string;
  /** '' = unchanged. */
  status: string;
  resolution: string;
  /** '' = unchanged. */
  dueDate: string;
  /** The owner the decision gives the item ("X tar den"); undefined = unchanged, null = nobody. */
  owner?: Person | null;
  /** '' = unchanged. */
  priority: string;
}

export const EMPTY_DRAFT: Draft = { note: '', status: '', resolution: '', dueDate: '', priority: '' };

/** Which screen of the meeting view is shown. */
export type Screen = { name: 'start' } | { name: 'hold'; meetingId: string } | { name: 'minutes'; meetingId: string };
export type Go = (screen: Screen) => void;
