import type { MessageKey } from '../../../i18n';
import type { Person } from '../../types';
import { localDateAndTime, localInstant } from './time';
import type { TrainingFields } from '../../../domain/training';
import type { Audience, TrainingKind, TrainingView } from './types';

/**
 * The create/edit form of a training: what the fields hold (text, as typed), the checks the
 * tab makes before sending, the request body, and where a server error belongs.
 */
export interface TrainingForm {
  title: string;
  description: string;
  kind: TrainingKind;
  date: string;
  startTime: string;
  endTime: string;
  meetingUrl: string;
  place: string;
  capacity: string;
  lead: string;
  audience: 'open' | 'invite';
  invitees: Person[];
}

export type FormField = Exclude<keyof TrainingForm, 'invitees'>;
export type FormErrors = Partial<Record<FormField | 'general', string>>;

/** What the dialog sends (POST/PATCH /api/trainings): the organiser's fields; the organiser is whoever sends it. */
export type TrainingBody = Omit<TrainingFields, 'organiser'>;

/**
 * How the app runs. `invitations`: trainings get Outlook invitations (GET /api/me's
 * outlookInvitations), so the Teams meeting comes with the event — the form has no link field,
 * a training needs no place, and the dialog never sends a link.
 */
export interface FormOptions {
  invitations: boolean;
}

export function emptyForm(): TrainingForm {
  return {
    title: '',
    description: '',
    kind: 'miniutbildning',
    date: '',
    startTime: '09:00',
    endTime: '10:00',
    meetingUrl: '',
    place: '',
    capacity: '20',
    lead: '0',
    audience: 'open',
    invitees: [],
  };
}

export function formOf(training: TrainingView, zone: string): TrainingForm {
  const start = localDateAndTime(training.start, zone);
  const end = localDateAndTime(training.end, zone);
  return {
    title: training.title,
    description: training.description,
    kind: training.kind,
    date: start.date,
    startTime: start.time,
    endTime: end.time,
    meetingUrl: training.meetingUrl ?? '',
    place: training.place ?? '',
    capacity: String(training.capacity),
    lead: String(training.signUpLeadMinutes),
    audience: training.audience.type,
    invitees: training.audience.type === 'invite' ? training.audience.invitees : [],
  };
}

const WHOLE = /^\s*\d+\s*$/;

/**
 * Checks what the tab can check itself (with the tab's own words) and builds the body. The
 * server checks again; its errors name a field too (see `fieldOfServerError`).
 */
export function checkForm(
  form: TrainingForm,
  zone: string,
  options: FormOptions = { invitations: false },
): { errors: Partial<Record<FormField, MessageKey>>; body?: TrainingBody } {
  const errors: Partial<Record<FormField, MessageKey>> = {};
  if (!form.title.trim()) errors.title = 'tab.trainings.error.title';
  if (!form.date) errors.date = 'tab.trainings.error.date';
  const start = form.date ? localInstant(form.date, form.startTime, zone) : null;
  const end = form.date ? localInstant(form.date, form.endTime, zone) : null;
  if (form.date && !start) errors.startTime = 'tab.trainings.error.time';
  if (form.date && !end) errors.endTime = 'tab.trainings.error.time';
  if (start && end && Date.parse(end) <= Date.parse(start)) errors.endTime = 'tab.trainings.error.endBeforeStart';
  if (!options.invitations && !form.meetingUrl.trim() && !form.place.trim()) errors.meetingUrl = 'tab.trainings.error.where';
  if (!WHOLE.test(form.capacity) || Number(form.capacity) < 1) errors.capacity = 'tab.trainings.error.capacity';
  if (!WHOLE.test(form.lead)) errors.lead = 'tab.trainings.error.lead';
  if (form.audience === 'invite' && form.invitees.length === 0) errors.audience = 'tab.trainings.error.invitees';
  if (Object.keys(errors).length > 0 || !start || !end) return { errors };
  return {
    errors,
    body: {
      title: form.title.trim(),
      description: form.description.trim(),
      kind: form.kind,
      audience: form.audience === 'open' ? { type: 'open' } : { type: 'invite', invitees: form.invitees.map((p) => ({ id: p.id, name: p.name })) },
      start,
      end,
      meetingUrl: options.invitations ? null : form.meetingUrl.trim() || null,
      place: form.place.trim() || null,
      capacity: Number(form.capacity),
      signUpLeadMinutes: Number(form.lead),
    },
  };
}

/**
 * Only what the organiser changed, so an edit touches nothing else (and a no-op stays one). With
 * invitations the link is the event's, not the organiser's: it is never part of an edit.
 */
export function changedFields(body: TrainingBody, training: TrainingView, options: FormOptions = { invitations: false }): Partial<TrainingBody> {
  const patch: Partial<TrainingBody> = {};
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const instant = (iso: string) => Date.parse(iso);
  for (const key of Object.keys(body) as (keyof TrainingBody)[]) {
    const before = training[key];
    const after = body[key];
    const unchanged = key === 'start' || key === 'end' ? instant(after as string) === instant(before as string) : same(after, before);
    if (!unchanged) (patch as Record<string, unknown>)[key] = after;
  }
  if (options.invitations) delete patch.meetingUrl;
  return patch;
}

/** The form field a server error is about ('start' → the start time, 'audience.invitees.0.id' → audience…). */
export function fieldOfServerError(field: string | undefined): FormField | 'general' {
  const root = field?.split('.')[0];
  switch (root) {
    case 'title':
    case 'description':
    case 'kind':
    case 'meetingUrl':
    case 'place':
    case 'capacity':
    case 'audience':
      return root;
    case 'start':
      return 'startTime';
    case 'end':
      return 'endTime';
    case 'signUpLeadMinutes':
      return 'lead';
    default:
      return 'general';
  }
}
