import { AuditChange, AuditDraft, AuditDraftValue, AuditFor, auditDraft, textValue } from './audit';
import { auditChanges } from './auditDiff';
import { IsoDate, isIsoDate } from './calendar';
import { isHttpsUrl } from './httpsLink';
import { Person } from './person';
import { Result, fail, ok } from './problem';

/**
 * The förvaltningsdokumentation register: the documents the rollout project handed over and the
 * ones the administration keeps since (förvaltningsplan, rutiner, avtal, beslut …). The register
 * holds where each one lives (a link into the team's SharePoint files, or any https address), who
 * owns it, which version is in force and when it is next to be reviewed. The files themselves
 * stay where they are.
 */
export const DOCUMENT_KINDS = ['förvaltningsplan', 'systemdokumentation', 'rutin', 'avtal', 'utbildningsmaterial', 'beslut', 'övrigt'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Gällande: in force; under revision: being rewritten; upphävd: repealed (kept in the register, never due for review). */
export const DOCUMENT_STATUSES = ['gällande', 'under revision', 'upphävd'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const MAX_TITLE = 200;
export const MAX_LINK = 2000;
export const MAX_VERSION_LABEL = 40;
export const MAX_NOTES = 4000;
export const MAX_REVIEW_NOTE = 2000;
export const MIN_INTERVAL = 1;
export const MAX_INTERVAL = 60;

/** One review ("Granskad"): the day it was reviewed (a calendar date), who did it and what they noted. */
export interface DocumentReview {
  on: IsoDate;
  by: Person;
  note: string;
  /** When it was recorded (UTC instant). */
  at: string;
}

/** What a person writes about a document (everything but the id, the history and the bookkeeping). */
export interface DocumentFields {
  title: string;
  kind: DocumentKind;
  /** https only: the register's links are opened from the tab, so no javascript:, data: or plain http:. */
  link: string;
  owner: Person | null;
  /** The document's own version, as it names it ("2.1"); may be empty. */
  versionLabel: string;
  /** The date of that version. */
  documentDate: IsoDate;
  /** Null: never reviewed (the next review counts from the document date). */
  lastReviewed: IsoDate | null;
  /** Months between reviews; null: not reviewed on a schedule. */
  reviewIntervalMonths: number | null;
  status: DocumentStatus;
  notes: string;
}

export type DocumentPatch = Partial<DocumentFields>;

export interface RegisterDocument extends DocumentFields {
  /** D-001, D-002, …: from the store's sequence, never reused. */
  id: string;
  /** Oldest first. */
  reviews: DocumentReview[];
  version: number;
  createdBy: Person;
  createdAt: string;
  updatedBy: Person;
  updatedAt: string;
}

/** A new document as the store is given it: the store adds the id and version 1. */
export type DocumentDraft = Omit<RegisterDocument, 'id' | 'version'>;

export function documentId(sequence: number): string {
  return `D-${String(sequence).padStart(3, '0')}`;
}

const invalid = (code: string, field: string, params?: Record<string, string | number>) => fail('invalid', code, { field, ...(params ? { params } : {}) });

/** The fields as they are to be stored (trimmed), or the first one that is wrong, named. */
export function checkDocumentFields(raw: DocumentFields): Result<DocumentFields> {
  const fields: DocumentFields = {
    ...raw,
    title: raw.title.trim(),
    link: raw.link.trim(),
    versionLabel: raw.versionLabel.trim(),
    notes: raw.notes.trim(),
  };
  if (!fields.title) return invalid('validation.required', 'title');
  if (fields.title.length > MAX_TITLE) return invalid('validation.tooLong', 'title', { max: MAX_TITLE });
  if (!(DOCUMENT_KINDS as readonly string[]).includes(fields.kind)) return invalid('document.kind', 'kind', { options: DOCUMENT_KINDS.join(', ') });
  if (!fields.link) return invalid('validation.required', 'link');
  if (fields.link.length > MAX_LINK) return invalid('validation.tooLong', 'link', { max: MAX_LINK });
  if (!isHttpsUrl(fields.link)) return invalid('document.link', 'link');
  if (fields.versionLabel.length > MAX_VERSION_LABEL) return invalid('validation.tooLong', 'versionLabel', { max: MAX_VERSION_LABEL });
  if (!isIsoDate(fields.documentDate)) return invalid('validation.date', 'documentDate');
  if (fields.lastReviewed !== null && !isIsoDate(fields.lastReviewed)) return invalid('validation.date', 'lastReviewed');
  const interval = fields.reviewIntervalMonths;
  if (interval !== null && (!Number.isInteger(interval) || interval < MIN_INTERVAL || interval > MAX_INTERVAL)) {
    return invalid('document.interval', 'reviewIntervalMonths', { min: MIN_INTERVAL, max: MAX_INTERVAL });
  }
  if (!(DOCUMENT_STATUSES as readonly string[]).includes(fields.status)) return invalid('document.status', 'status', { options: DOCUMENT_STATUSES.join(', ') });
  if (fields.notes.length > MAX_NOTES) return invalid('validation.tooLong', 'notes', { max: MAX_NOTES });
  return ok(fields);
}

const TRACKED: (keyof DocumentFields)[] = [
  'title',
  'kind',
  'link',
  'owner',
  'versionLabel',
  'documentDate',
  'lastReviewed',
  'reviewIntervalMonths',
  'status',
  'notes',
];

const pick = (d: DocumentFields): DocumentFields => Object.fromEntries(TRACKED.map((f) => [f, d[f]])) as unknown as DocumentFields;

/** The notes are free writing: the trail keeps their hash, never the text. */
const withNotesAsText = (changes: AuditChange<AuditDraftValue>[]): AuditChange<AuditDraftValue>[] =>
  changes.map((c) =>
    c.field === 'notes'
      ? { field: c.field, from: typeof c.from === 'string' && c.from ? textValue(c.from) : null, to: typeof c.to === 'string' && c.to ? textValue(c.to) : null }
      : c,
  );

const recordOf = (id: string) => ({ type: 'document' as const, id });

/** A new register entry, with its trail entry (every field it starts with). */
export function newDocument(raw: DocumentFields, actor: Person, now: Date): Result<{ draft: DocumentDraft; audit: AuditFor }> {
  const checked = checkDocumentFields(raw);
  if (!checked.ok) return checked;
  const at = now.toISOString();
  const draft: DocumentDraft = { ...checked.value, reviews: [], createdBy: actor, createdAt: at, updatedBy: actor, updatedAt: at };
  const changes = withNotesAsText(auditChanges(null, pick(draft)));
  return ok({ draft, audit: (id) => auditDraft(at, actor, recordOf(id), 'document.created', changes) });
}

const definedOnly = (patch: DocumentPatch): DocumentPatch =>
  Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as DocumentPatch;

/** Applies a change and says what changed (audit null: nothing did, so nothing is written). */
export function changeDocument(current: RegisterDocument, patch: DocumentPatch, actor: Person, now: Date): Result<{ next: RegisterDocument; audit: AuditDraft | null }> {
  const checked = checkDocumentFields({ ...pick(current), ...definedOnly(patch) });
  if (!checked.ok) return checked;
  const changes = withNotesAsText(auditChanges(pick(current), checked.value));
  if (changes.length === 0) return ok({ next: current, audit: null });
  const at = now.toISOString();
  return ok({
    next: { ...current, ...checked.value, updatedBy: actor, updatedAt: at },
    audit: auditDraft(at, actor, recordOf(current.id), 'document.changed', changes),
  });
}

/**
 * "Granskad": the document was reviewed on `on` (a day no later than today): it becomes the
 * last review, so the next interval starts there, and the review joins the history with its note.
 */
export function reviewDocument(
  current: RegisterDocument,
  review: { on: IsoDate; note: string },
  actor: Person,
  now: Date,
  today: IsoDate,
): Result<{ next: RegisterDocument; audit: AuditDraft }> {
  const note = review.note.trim();
  if (!isIsoDate(review.on)) return invalid('validation.date', 'on');
  if (review.on > today) return invalid('document.reviewInFuture', 'on');
  if (note.length > MAX_REVIEW_NOTE) return invalid('validation.tooLong', 'note', { max: MAX_REVIEW_NOTE });
  const at = now.toISOString();
  // A review recorded late (for an earlier day than the last one) joins the history but does not move the last review back.
  const lastReviewed = current.lastReviewed !== null && current.lastReviewed > review.on ? current.lastReviewed : review.on;
  const next: RegisterDocument = {
    ...current,
    lastReviewed,
    reviews: [...current.reviews, { on: review.on, by: actor, note, at }],
    updatedBy: actor,
    updatedAt: at,
  };
  const changes: AuditChange<AuditDraftValue>[] = [
    { field: 'reviewedOn', from: null, to: review.on },
    ...(lastReviewed !== current.lastReviewed ? [{ field: 'lastReviewed', from: current.lastReviewed, to: lastReviewed }] : []),
    ...(note ? [{ field: 'note', from: null, to: textValue(note) }] : []),
  ];
  return ok({ next, audit: auditDraft(at, actor, recordOf(current.id), 'document.reviewed', changes) });
}
