import { Audience, Training, TrainingDraft } from '../../domain/training';
import { Registration } from '../../domain/registration';

/** The rows of the trainings and training_registrations tables, and how they map to the domain. */
export interface TrainingParams {
  id: string;
  title: string;
  description: string;
  kind: Training['kind'];
  audience_json: string;
  start_at: string;
  end_at: string;
  meeting_url: string | null;
  place: string | null;
  capacity: number;
  organiser_id: string;
  organiser_name: string;
  status: Training['status'];
  sign_up_lead_minutes: number;
  created_at: string;
  updated_at: string;
}
export type TrainingRow = TrainingParams & { version: number };

export interface RegistrationRow {
  training_id: string;
  user_id: string;
  name: string;
  email: string | null;
  department: string | null;
  status: Registration['status'];
  registered_at: string;
  updated_at: string;
  seq: number;
  version: number;
}

export const TRAINING_COLUMNS = `id, title, description, kind, audience_json, start_at, end_at, meeting_url, place, capacity,
  organiser_id, organiser_name, status, sign_up_lead_minutes, created_at, updated_at, version`;
export const REGISTRATION_COLUMNS = 'training_id, user_id, name, email, department, status, registered_at, updated_at, seq, version';

export const toTraining = (r: TrainingRow): Training => ({
  id: r.id,
  title: r.title,
  description: r.description,
  kind: r.kind,
  audience: JSON.parse(r.audience_json) as Audience,
  start: r.start_at,
  end: r.end_at,
  meetingUrl: r.meeting_url,
  place: r.place,
  capacity: r.capacity,
  organiser: { id: r.organiser_id, name: r.organiser_name },
  status: r.status,
  signUpLeadMinutes: r.sign_up_lead_minutes,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});

export const toParams = (id: string, t: TrainingDraft): TrainingParams => ({
  id,
  title: t.title,
  description: t.description,
  kind: t.kind,
  audience_json: JSON.stringify(t.audience),
  start_at: t.start,
  end_at: t.end,
  meeting_url: t.meetingUrl ?? null,
  place: t.place ?? null,
  capacity: t.capacity,
  organiser_id: t.organiser.id,
  organiser_name: t.organiser.name,
  status: t.status,
  sign_up_lead_minutes: t.signUpLeadMinutes,
  created_at: t.createdAt,
  updated_at: t.updatedAt,
});

export const toRegistration = (r: RegistrationRow): Registration => ({
  trainingId: r.training_id,
  userId: r.user_id,
  name: r.name,
  email: r.email,
  department: r.department,
  status: r.status,
  registeredAt: r.registered_at,
  updatedAt: r.updated_at,
  seq: r.seq,
  version: r.version,
});

/** Cached records are shared between callers, so they are frozen. */
export function deepFreeze(t: Training): Training {
  Object.freeze(t.organiser);
  if (t.audience.type === 'invite') {
    for (const p of t.audience.invitees) Object.freeze(p);
    Object.freeze(t.audience.invitees);
  }
  Object.freeze(t.audience);
  return Object.freeze(t);
}

export const toRegistrationRow = (r: Registration): RegistrationRow => ({
  training_id: r.trainingId,
  user_id: r.userId,
  name: r.name,
  email: r.email,
  department: r.department,
  status: r.status,
  registered_at: r.registeredAt,
  updated_at: r.updatedAt,
  seq: r.seq,
  version: r.version,
});
