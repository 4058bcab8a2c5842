import { DateTime } from 'luxon';
import { isHttpsUrl } from './httpsLink';
import { Person } from './person';
import { Result, ok, fail } from './problem';
import { msg } from '../i18n';

/**
 * Staff trainings (utbildningar): the short mini-trainings (miniutbildningar) that taught
 * staff Teams, the champion sessions and the pilot trainings for leadership groups. A
 * training has seats (capacity); people sign up, and when it is full they join the waitlist
 * (väntelista) in arrival order. Registrations and the seat rules live in registration.ts.
 */
export const TRAINING_KINDS = ['miniutbildning', 'champion', 'pilot'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];

/** planned → held (genomförd) or cancelled (inställd); held → planned undoes a mistake; cancelled is final. */
export const TRAINING_STATUSES = ['planned', 'cancelled', 'held'] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];

/** Open to every signed-in staff member, or only to the invited (pilot trainings for a leadership group). */
export type Audience = { type: 'open' } | { type: 'invite'; invitees: Person[] };

export interface Training {
  /** U-001, U-002, … from the store's sequence. */
  id: string;
  title: string;
  description: string;
  kind: TrainingKind;
  audience: Audience;
  /** UTC ISO instants; shown in Europe/Stockholm. */
  start: string;
  end: string;
  /** The Teams meeting (https), or null for a training in a room. */
  meetingUrl: string | null;
  place: string | null;
  capacity: number;
  organiser: Person;
  status: TrainingStatus;
  /** Sign-up closes this many minutes (real elapsed time) before the start; 0 = at the start. */
  signUpLeadMinutes: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** The fields an organiser sets; everything else is bookkeeping. */
export type TrainingFields = Pick<
  Training,
  'title' | 'description' | 'kind' | 'audience' | 'start' | 'end' | 'meetingUrl' | 'place' | 'capacity' | 'organiser' | 'signUpLeadMinutes'
>;
export type TrainingPatch = Partial<TrainingFields> & { status?: TrainingStatus };
export type TrainingDraft = Omit<Training, 'id' | 'version'>;

export const MAX_CAPACITY = 10_000;
/** Sign-up may close at most 60 days before the start. */
export const MAX_LEAD_MINUTES = 60 * 24 * 60;

/** U-001, U-002, …: the number comes from the store's sequence, never reused. */
export function trainingId(sequence: number): string {
  return `U-${String(sequence).padStart(3, '0')}`;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** An ISO 8601 instant with its offset (…Z or …+02:00); a local time without zone is ambiguous. */
export function isInstant(value: string): boolean {
  return INSTANT.test(value) && DateTime.fromISO(value, { setZone: true }).isValid;
}

/** The same instant as a UTC ISO string (how instants are stored). */
export const toUtcIso = (value: string): string => DateTime.fromISO(value, { setZone: true }).toUTC().toISO()!;

/** When sign-up closes: `signUpLeadMinutes` of real time before the start (DST does not stretch it). */
export function signUpClosesAt(training: Pick<Training, 'start' | 'signUpLeadMinutes'>): Date {
  return new Date(Date.parse(training.start) - training.signUpLeadMinutes * 60_000);
}

export const hasStarted = (training: Pick<Training, 'start'>, now: Date): boolean => now.getTime() >= Date.parse(training.start);

/** The rules of a training's fields: a title, end after start, 1…MAX_CAPACITY seats, an https meeting link. */
export function checkTrainingFields(fields: TrainingFields): Result<TrainingFields> {
  const title = fields.title.trim();
  if (!title) return fail('invalid', 'validation.required', { field: 'title' });
  for (const field of ['start', 'end'] as const) {
    if (!isInstant(fields[field])) return fail('invalid', 'validation.instant', { field });
  }
  const start = toUtcIso(fields.start);
  const end = toUtcIso(fields.end);
  if (Date.parse(end) <= Date.parse(start)) return fail('invalid', 'training.endBeforeStart', { field: 'end' });
  if (!Number.isInteger(fields.capacity) || fields.capacity < 1 || fields.capacity > MAX_CAPACITY) {
    return fail('invalid', 'training.capacity', { field: 'capacity', params: { max: MAX_CAPACITY } });
  }
  const lead = fields.signUpLeadMinutes;
  if (!Number.isInteger(lead) || lead < 0 || lead > MAX_LEAD_MINUTES) {
    return fail('invalid', 'training.leadMinutes', { field: 'signUpLeadMinutes', params: { max: MAX_LEAD_MINUTES } });
  }
  const meetingUrl = fields.meetingUrl?.trim() || null;
  if (meetingUrl !== null && !isHttpsUrl(meetingUrl)) return fail('invalid', 'training.meetingUrl', { field: 'meetingUrl' });
  const audience: Audience =
    fields.audience.type === 'open' ? { type: 'open' } : { type: 'invite', invitees: uniqueById(fields.audience.invitees) };
  return ok({
    ...fields,
    title,
    description: fields.description.trim(),
    start,
    end,
    meetingUrl,
    place: fields.place?.trim() || null,
    audience,
  });
}

/** A new training, planned; the store gives it its id and version 1. */
export function newTraining(fields: TrainingFields, now: Date): Result<TrainingDraft> {
  const checked = checkTrainingFields(fields);
  if (!checked.ok) return checked;
  const at = now.toISOString();
  return ok({ ...checked.value, status: 'planned', createdAt: at, updatedAt: at });
}

const ALLOWED_STATUS_CHANGES: Record<TrainingStatus, readonly TrainingStatus[]> = {
  planned: ['cancelled', 'held'],
  held: ['planned'],
  cancelled: [],
};

/**
 * Applies an organiser's change. A cancelled training is final (locked). Lowering the
 * capacity never takes a seat from anyone: new sign-ups wait until there is room. Raising it
 * lets the waitlist move up (the store does that in the same write).
 */
export function changeTraining(current: Training, patch: TrainingPatch, now: Date): Result<{ next: Training; changed: boolean }> {
  if (current.status === 'cancelled') return fail('locked', 'training.cancelled', { params: { title: current.title } });
  const status = patch.status ?? current.status;
  if (status !== current.status && !ALLOWED_STATUS_CHANGES[current.status].includes(status)) {
    return fail('invalid', 'training.statusChange', {
      field: 'status',
      params: { from: msg(`training.status.${current.status}`), to: msg(`training.status.${status}`) },
    });
  }
  const { status: _status, ...fieldPatch } = patch;
  const merged: TrainingFields = { ...pickFields(current), ...definedOnly(fieldPatch) };
  const checked = checkTrainingFields(merged);
  if (!checked.ok) return checked;
  const candidate: Training = { ...current, ...checked.value, status };
  const changed = JSON.stringify({ ...candidate, updatedAt: '' }) !== JSON.stringify({ ...current, updatedAt: '' });
  if (!changed) return ok({ next: current, changed: false });
  return ok({ next: { ...candidate, updatedAt: now.toISOString() }, changed: true });
}

/** Whether a change moves the training in time or place, which the registered should hear about. */
export function isRescheduled(before: Training, after: Training): boolean {
  return (
    before.start !== after.start ||
    before.end !== after.end ||
    before.meetingUrl !== after.meetingUrl ||
    before.place !== after.place
  );
}

export const isInvited = (training: Training, userId: string): boolean =>
  training.audience.type === 'open' || training.audience.invitees.some((p) => p.id === userId);

const FIELD_NAMES: (keyof TrainingFields)[] = [
  'title',
  'description',
  'kind',
  'audience',
  'start',
  'end',
  'meetingUrl',
  'place',
  'capacity',
  'organiser',
  'signUpLeadMinutes',
];

function pickFields(t: Training): TrainingFields {
  return Object.fromEntries(FIELD_NAMES.map((f) => [f, t[f]])) as unknown as TrainingFields;
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function uniqueById(people: readonly Person[]): Person[] {
  const seen = new Set<string>();
  return people.filter((p) => !seen.has(p.id) && seen.add(p.id)).map((p) => ({ id: p.id, name: p.name }));
}

/** By start, then id: the order of every training list. */
export function byStart(a: Training, b: Training): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
