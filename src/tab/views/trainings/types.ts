/** The trainings API's shapes: the contract's and the domain's own types (type-only imports). */
import type { Audience, Training, TrainingKind, TrainingStatus } from '../../../domain/training';
import type { Registration, RegistrationStatus } from '../../../domain/registration';
import type { StatsFigures, TrainingStats } from '../../../domain/trainingStats';
import type { PlacedRegistration, TrainingView } from '../../../domain/trainingView';
import type { API, ResponseOf } from '../../../api/contract';
import type { InvitationStatus } from '../../../domain/invitationRecord';

export type { Audience, Training, TrainingKind, TrainingStatus, Registration, RegistrationStatus, StatsFigures, TrainingStats };

export const KINDS: readonly TrainingKind[] = ['miniutbildning', 'champion', 'pilot'];

/** A training with its seats and the viewer's own registration (GET /api/trainings): the server's own type. */
export type { TrainingView };

export type TrainingList = ResponseOf<typeof API.trainings.list>;
export type { PlacedRegistration };
/** An organiser's view of whether a training's Outlook invitations are up to date, and why not. */
export type { InvitationStatus };
export type RegistrationList = ResponseOf<typeof API.trainings.registrations>;
export type TrainingUpdated = ResponseOf<typeof API.trainings.update>;
export type SignUpResponse = ResponseOf<typeof API.trainings.register>;
export type CancelResponse = ResponseOf<typeof API.trainings.cancel>;
