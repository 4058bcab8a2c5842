/** The trainings API's shapes, as the tab sees them (type-only imports of the domain). */
import type { Audience, Training, TrainingKind, TrainingStatus } from '../../../domain/training';
import type { Registration, RegistrationStatus } from '../../../domain/registration';
import type { StatsFigures, TrainingStats } from '../../../domain/trainingStats';
import type { TrainingView } from '../../../domain/trainingView';

export type { Audience, Training, TrainingKind, TrainingStatus, Registration, RegistrationStatus, StatsFigures, TrainingStats };

export const KINDS: readonly TrainingKind[] = ['miniutbildning', 'champion', 'pilot'];

/** A training with its seats and the viewer's own registration (GET /api/trainings): the server's own type. */
export type { TrainingView };

export interface TrainingList {
  items: TrainingView[];
  count: number;
}

/** A registration with its place on the waitlist (null when not waitlisted). */
export type PlacedRegistration = Registration & { position: number | null };

export interface RegistrationList {
  training: TrainingView;
  items: PlacedRegistration[];
  count: number;
}

export interface TrainingUpdated {
  training: TrainingView;
  promoted: Registration[];
  notify: Registration[];
  notifyReason: 'cancelled' | 'changed' | null;
}

export interface SignUpResponse {
  registration: Registration;
  outcome: 'confirmed' | 'waitlisted' | 'already';
  position: number | null;
  training: TrainingView;
}

export interface CancelResponse {
  registration: Registration;
  promoted: Registration | null;
}
