import { Person } from './person';

/**
 * The audit trail (händelseloggen): one append-only record of every change to the app's records
 * — who, when, which record, what action, which fields from → to. It is written in the same
 * atomic write as the change itself (the store takes the draft with the change), and chained by
 * SHA-256 (domain/auditChain.ts) so that an edit, a deletion or a reordering made in the store
 * afterwards is detectable.
 *
 * People appear in the trail only as pseudonyms (a random id per person; the store's person table
 * maps it to the Entra object id and name, and erasing a person deletes that row). Free texts
 * (descriptions, comments, notes, resolutions) are not copied: the trail says that they changed,
 * with the SHA-256 of the new text.
 *
 * This module holds the shapes and the pure helpers that build drafts; it has no crypto, so the
 * tab can import it to render entries.
 */

/** The kinds of record the trail speaks of (later features add theirs). */
export const AUDIT_RECORD_TYPES = ['activity', 'checklist', 'meeting', 'training', 'followUpSettings', 'categories', 'rights', 'team',
  // Kostnadskalkyl (issue 16): the one calculation, id 'default'.
  'costs',
  // Förvaltningsdokumentation (issue 16): one record per register document (D-001, …).
  'document',
] as const;
export type AuditRecordType = (typeof AUDIT_RECORD_TYPES)[number];

export interface AuditRecordRef {
  type: AuditRecordType;
  /** A-008, U-003, a meeting's id; 'default' for the one checklist, settings, categories. */
  id: string;
}

/**
 * What happened. One entry per change a person makes: a change that writes several fields (or
 * moves someone up from the waitlist as a consequence) is one entry listing them.
 */
export const AUDIT_ACTIONS = [
  'activity.created',
  'activity.changed',
  'activity.deleted',
  'activity.commented',
  'checklist.created',
  'checklist.itemAdded',
  'checklist.itemChanged',
  'checklist.signed',
  'checklist.signatureWithdrawn',
  'meeting.started',
  'meeting.decisionRecorded',
  'meeting.finished',
  'training.created',
  'training.changed',
  'training.signedUp',
  'training.registered',
  'training.registrationCancelled',
  'training.attendanceMarked',
  'training.imported',
  'followUpSettings.changed',
  'categories.changed',
  'rights.granted',
  'rights.withdrawn',
  'team.chosen',
  'team.rosterChanged',
  // Kostnadskalkyl (issue 16)
  'costs.cellChanged',
  'costs.rowAdded',
  'costs.rowChanged',
  'costs.rowRemoved',
  'costs.yearAdded',
  'costs.scenarioAdded',
  'costs.scenarioChanged',
  'costs.scenarioDecided',
  'costs.baselineFrozen',
  'document.created',
  'document.changed',
  'document.reviewed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** A value as a change is decided: a plain value, a person, or a free text (never stored as such). */
export type AuditDraftValue = string | number | boolean | null | { person: Person } | { text: string };

/** A value as the trail stores it: people as pseudonyms, free texts as the SHA-256 (hex) of the text. */
export type AuditValue = string | number | boolean | null | { person: string } | { sha256: string };

export interface AuditChange<V> {
  /** The field (activity: 'status', 'owner', …; nested: 'items.3.done'); the tab names it. */
  field: string;
  from: V;
  to: V;
}

/** An entry as a use case decides it, before the store pseudonymises and chains it. */
export interface AuditDraft {
  at: string;
  /** Who did it; null for the app itself (e.g. a migration). */
  actor: Person | null;
  record: AuditRecordRef;
  action: AuditAction;
  /** The person the change is about when it is not the record itself (a registration's participant). */
  subject: Person | null;
  changes: AuditChange<AuditDraftValue>[];
}

/** The entry of a record that gets its id in the write itself (A-001, U-001): made once the store has allocated it. */
export type AuditFor = (id: string) => AuditDraft;

/** What the chain hashes: the draft with people as pseudonyms and texts as hashes. */
export interface AuditContent {
  at: string;
  actor: string | null;
  record: AuditRecordRef;
  action: AuditAction;
  subject: string | null;
  changes: AuditChange<AuditValue>[];
}

/** A link of the chain: its place (1, 2, …), the previous entry's hash and its own. */
export interface AuditEntry extends AuditContent {
  seq: number;
  prev: string;
  hash: string;
}

/** The hash that the first entry names as its previous one. */
export const GENESIS = '0'.repeat(64);

/** Builds a draft (the actor's change to a record). */
export function auditDraft(
  at: Date | string,
  actor: Person | null,
  record: AuditRecordRef,
  action: AuditAction,
  changes: AuditChange<AuditDraftValue>[] = [],
  subject: Person | null = null,
): AuditDraft {
  return { at: typeof at === 'string' ? at : at.toISOString(), actor, record, action, subject, changes };
}

export const personValue = (p: Person | null | undefined): AuditDraftValue => (p ? { person: { id: p.id, name: p.name } } : null);
export const textValue = (t: string | null | undefined): AuditDraftValue => (t === null || t === undefined ? null : { text: t });

export const isPersonValue = (v: AuditDraftValue | AuditValue): v is { person: never } =>
  typeof v === 'object' && v !== null && 'person' in v;

/** The people a draft names (actor, subject, people in values), each once. */
export function peopleIn(draft: AuditDraft): Person[] {
  const found = new Map<string, Person>();
  const add = (p: Person | null) => {
    if (p && !found.has(p.id)) found.set(p.id, p);
  };
  add(draft.actor);
  add(draft.subject);
  for (const c of draft.changes) {
    for (const v of [c.from, c.to]) if (typeof v === 'object' && v !== null && 'person' in v) add(v.person);
  }
  return [...found.values()];
}

/** The pseudonyms an entry names (actor, subject, people in values), each once: what `person=` matches. */
export function pseudonymsIn(content: AuditContent): string[] {
  const found = new Set<string>();
  if (content.actor) found.add(content.actor);
  if (content.subject) found.add(content.subject);
  for (const c of content.changes) {
    for (const v of [c.from, c.to]) if (typeof v === 'object' && v !== null && 'person' in v) found.add(v.person);
  }
  return [...found];
}

/** The person table's row: a pseudonym and who it stands for (deleted when the person is erased). */
export interface AuditPerson {
  pseudonym: string;
  id: string;
  name: string;
}

/** Which entries to read: by record, by person (pseudonym), by time (inclusive ISO instants). */
export interface AuditQuery {
  record?: AuditRecordRef;
  /** Only entries about these kinds of record (what the reader may see); all when absent. */
  types?: readonly AuditRecordType[];
  /** A pseudonym: entries whose actor, subject or values name it. */
  person?: string;
  from?: string;
  to?: string;
  /** The page: entries after this seq (newest first: before it), at most `limit`. */
  after?: number;
  limit?: number;
  order?: 'oldest' | 'newest';
}

export interface AuditPage {
  entries: AuditEntry[];
  /** The people the entries name, as the person table knows them now (erased people are absent). */
  people: AuditPerson[];
  /** The seq to continue from, or null at the end. */
  next: number | null;
}

/** The chain as it stands: how many entries and the last one's hash. */
export interface AuditHead {
  count: number;
  hash: string;
}

/** What a walk over the chain found. */
export type AuditVerification =
  | { ok: true; count: number; head: string }
  | { ok: false; count: number; brokenAt: number; reason: 'hash' | 'link' | 'sequence' | 'head' };

/** How many entries one page holds: 100 unless asked, never more than 500. */
export const DEFAULT_AUDIT_PAGE = 100;
export const MAX_AUDIT_PAGE = 500;

export function auditPageSize(asked: number | undefined): number {
  if (asked === undefined || !Number.isFinite(asked)) return DEFAULT_AUDIT_PAGE;
  return Math.min(MAX_AUDIT_PAGE, Math.max(1, Math.floor(asked)));
}
