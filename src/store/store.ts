import { Activity, ActivityDraft, Comment, HistoryDraft, HistoryEntry } from '../domain/activity';
import { Checklist } from '../domain/checklist';
import { Meeting } from '../domain/meeting';

/**
 * The one store interface. Two implementations: SQLite (embedded default, store/sqlite) and
 * Azure Table Storage (deployed, multi-instance; a later issue). Both pass the same contract
 * suite (test/store/contract.ts).
 *
 * Rules every implementation keeps:
 * - Every record carries a version. A write names the version it read; if the stored version
 *   differs the write is a conflict, changes nothing and returns the current record.
 * - Writes that belong together (a change and its history) are one atomic write.
 * - Activity keys come from a sequence inside the store: unique under concurrent creates and
 *   never reused.
 */
export type WriteResult<T> =
  | { ok: true; value: T }
  | { ok: false; reason: 'conflict'; current: T }
  | { ok: false; reason: 'not_found' };

export interface StoreHealth {
  ok: boolean;
  backend: string;
  detail?: string;
}

export interface ActivityStore {
  /** Allocates the next key (A-001, …), stores the activity with version 1 and its history. */
  create(draft: ActivityDraft, history: HistoryDraft[]): Promise<Activity>;
  get(key: string): Promise<Activity | undefined>;
  list(): Promise<Activity[]>;
  /** Stores `next` if the stored version is `expectedVersion`; its version and creation fields are not taken from `next`. */
  update(next: Activity, expectedVersion: number, history: HistoryDraft[]): Promise<WriteResult<Activity>>;
  /**
   * Removes the item and its comments if the stored version is `expectedVersion`. Its history
   * stays, with the `deleted` entry appended, as the trace of what was there.
   */
  delete(key: string, expectedVersion: number, entry: HistoryDraft): Promise<WriteResult<Activity>>;
  history(key: string): Promise<HistoryEntry[]>;
  addComment(comment: Omit<Comment, 'id'>): Promise<WriteResult<Comment>>;
  comments(key: string): Promise<Comment[]>;
}

export interface ChecklistStore {
  get(): Promise<Checklist | undefined>;
  /**
   * Stores the whole checklist if the stored document's version is `expectedVersion`
   * (0 = it must not exist yet). Returns it with the new version.
   */
  save(next: Checklist, expectedVersion: number): Promise<WriteResult<Checklist>>;
}

/** The monthly meetings (månadsmöten), each one document with its entries. */
export interface MeetingStore {
  /** Stores a new meeting with version 1 (its version is not taken from `meeting`); conflict if the id exists. */
  create(meeting: Meeting): Promise<WriteResult<Meeting>>;
  get(id: string): Promise<Meeting | undefined>;
  /** All meetings, newest meeting date first, then the one started last. */
  list(): Promise<Meeting[]>;
  /** Stores the whole meeting if the stored version is `expectedVersion`; not_found when it does not exist. */
  save(next: Meeting, expectedVersion: number): Promise<WriteResult<Meeting>>;
}

export interface Store {
  readonly backend: string;
  readonly activities: ActivityStore;
  readonly checklist: ChecklistStore;
  readonly meetings: MeetingStore;
  health(): Promise<StoreHealth>;
  /** A one-time flag, e.g. that demo data was seeded; set returns false if already set. */
  markOnce(name: string): Promise<boolean>;
  close(): Promise<void>;
}
