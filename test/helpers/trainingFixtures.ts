import { Training, TrainingFields, TrainingPatch } from '../../src/domain/training';
import { Registrant, Registration } from '../../src/domain/registration';
import { attendanceDecision, cancelDecision, importDecision, signUpDecision, updateDecision } from '../../src/domain/trainingChange';
import { Person } from '../../src/domain/person';
import type { Store } from '../../src/store/store';
import { fixtureActor } from './auditFixtures';

/** Builders for training domain tests (not used by the app). */
export const organiser: Person = { id: 'u-maria', name: 'Maria Lindqvist' };

/** What an organiser enters for a new mini-training (for newTraining). */
export const trainingFields = (over: Partial<TrainingFields> = {}): TrainingFields => ({
  title: 'Teams – kom igång',
  description: '',
  kind: 'miniutbildning',
  audience: { type: 'open' },
  start: '2026-03-30T07:00:00.000Z',
  end: '2026-03-30T07:45:00.000Z',
  meetingUrl: null,
  place: null,
  capacity: 20,
  organiser,
  signUpLeadMinutes: 0,
  ...over,
});

/** A stored training (two seats, a meeting link) as the domain tests use it. */
export const training = (over: Partial<Training> = {}): Training => ({
  ...trainingFields({ meetingUrl: 'https://teams.microsoft.com/l/meetup-join/demo', capacity: 2 }),
  id: 'U-001',
  status: 'planned',
  createdAt: '2026-03-01T08:00:00.000Z',
  updatedAt: '2026-03-01T08:00:00.000Z',
  version: 1,
  ...over,
});

let seq = 0;
export const registration = (over: Partial<Registration> = {}): Registration => ({
  trainingId: 'U-001',
  userId: `u-${++seq}`,
  name: `Person ${seq}`,
  email: null,
  department: null,
  status: 'confirmed',
  registeredAt: '2026-03-02T08:00:00.000Z',
  updatedAt: '2026-03-02T08:00:00.000Z',
  seq,
  version: 1,
  ...over,
});

/**
 * The domain's training decisions through the one store primitive (`trainings.change`), as the
 * use cases call them: a sign-up by the person, everything else by `organiser` (the fixture's).
 */
export const trainingOps = (store: Store, organiser: Person = fixtureActor) => ({
  signUp: (id: string, p: Registrant, now: Date) => store.trainings.change(id, signUpDecision(p, now)),
  cancel: (id: string, userId: string, now: Date) => store.trainings.change(id, cancelDecision(userId, now, organiser)),
  setAttendance: (id: string, userId: string, attended: boolean, now: Date) =>
    store.trainings.change(id, attendanceDecision(userId, attended, now, organiser)),
  update: (id: string, version: number, patch: TrainingPatch, now: Date) => store.trainings.change(id, updateDecision(version, patch, now, organiser)),
  importRegistrations: (id: string, given: Omit<Registration, 'trainingId' | 'seq' | 'version'>[]) =>
    store.trainings.change(id, importDecision(given, organiser, new Date('2026-03-02T08:00:00.000Z'))),
});
