/** The meeting API's shapes (type-only imports of the domain, as src/tab/types.ts does). */
import type { Activity } from '../../types';
import type { Meeting, MeetingSummary } from '../../../domain/meeting';

export type { Meeting, MeetingEntry, MeetingSummary, MeetingStatus } from '../../../domain/meeting';

export interface MeetingList {
  items: MeetingSummary[];
}

/** POST /api/meetings/:id/entries answers with the meeting and the item as they are now. */
export interface RecordedEntry {
  meeting: Meeting;
  activity: Activity;
}

/** What the user has typed for one item; kept per item for the whole meeting. */
export interface Draft {
  note: string;
  /** '' = unchanged. */
  status: string;
  resolution: string;
  /** '' = unchanged. */
  dueDate: string;
}

export const EMPTY_DRAFT: Draft = { note: '', status: '', resolution: '', dueDate: '' };

/** Which screen of the meeting view is shown. */
export type Screen = { name: 'start' } | { name: 'hold'; meetingId: string } | { name: 'minutes'; meetingId: string };
export type Go = (screen: Screen) => void;
