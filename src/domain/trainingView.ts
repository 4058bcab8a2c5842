import { Training, signUpClosesAt } from './training';
import { Registration, RegistrationStatus, waitlistPositions } from './registration';

/**
 * A training as a person sees it: its seats, whether sign-up is open, and the person's own
 * registration (status, place on the waitlist). The read model the tab and the bot both show.
 */
export interface TrainingView extends Training {
  /** Registrations with a seat and not yet marked as attended. */
  confirmed: number;
  attended: number;
  waitlisted: number;
  seatsLeft: number;
  signUpClosesAt: string;
  /** Planned and before the close time. */
  signUpOpen: boolean;
  /** The viewer's registration: its status and place on the waitlist (1 = next in line). */
  myStatus: RegistrationStatus | null;
  myPosition: number | null;
}

export function trainingView(training: Training, registrations: readonly Registration[], viewerId: string, now: Date): TrainingView {
  const count = (status: RegistrationStatus) => registrations.filter((r) => r.status === status).length;
  const confirmed = count('confirmed');
  const attended = count('attended');
  const mine = registrations.find((r) => r.userId === viewerId);
  const closesAt = signUpClosesAt(training);
  return {
    ...training,
    confirmed,
    attended,
    waitlisted: count('waitlisted'),
    seatsLeft: Math.max(0, training.capacity - confirmed - attended),
    signUpClosesAt: closesAt.toISOString(),
    signUpOpen: training.status === 'planned' && now.getTime() < closesAt.getTime(),
    myStatus: mine?.status ?? null,
    myPosition: mine?.status === 'waitlisted' ? (waitlistPositions(registrations).get(mine.userId) ?? null) : null,
  };
}

export interface MyRegistration {
  registration: Registration;
  position: number | null;
  training: TrainingView;
}

/** An organiser's view of a registration: with its place on the waitlist. */
export type PlacedRegistration = Registration & { position: number | null };
