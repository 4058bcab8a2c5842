import { Training, hasStarted, isInvited, signUpClosesAt } from './training';
import { Registration, RegistrationStatus, waitlistPositions } from './registration';
import type { InvitationStatus } from './invitationRecord';

/**
 * A training as a person sees it: its seats, whether sign-up is open, the person's own
 * registration (status, place on the waitlist) — and what they may do with it now, decided here
 * once with the same rules the use cases apply (domain/registration.ts), so the bot's buttons
 * and the tab's never disagree. The read model the tab and the bot both show.
 */
export interface TrainingActions {
  /** Sign up (or join the waitlist): planned, before the close time, invited, not already registered. */
  signUp: boolean;
  /** Cancel one's confirmed seat: before the start. */
  cancel: boolean;
  /** Leave the waitlist: before the start. */
  leaveWaitlist: boolean;
  /** Mark who came (organisers): from the start, unless the training was cancelled. */
  markAttendance: boolean;
}

/** Who looks: their id, and whether they organise trainings (the organiser's actions). */
export interface Viewer {
  id: string;
  organiser: boolean;
}

/** The training's Outlook invitation as the viewer sees it (invitations on; null: off, the .ics file instead). */
export interface OutlookInvitation {
  /** The Teams meeting of the Outlook event, once Exchange made it: the training's link. */
  joinUrl: string | null;
  /** Organisers: whether the event is up to date with the registrations, and why not. Others: null. */
  status: InvitationStatus | null;
}

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
  /** The start has passed (sign-ups and cancellations are over; attendance can be marked). */
  started: boolean;
  can: TrainingActions;
  invitation: OutlookInvitation | null;
}

export function trainingView(
  training: Training,
  registrations: readonly Registration[],
  viewer: Viewer,
  now: Date,
  invitation: OutlookInvitation | null = null,
): TrainingView {
  const viewerId = viewer.id;
  const count = (status: RegistrationStatus) => registrations.filter((r) => r.status === status).length;
  const confirmed = count('confirmed');
  const attended = count('attended');
  const mine = registrations.find((r) => r.userId === viewerId);
  const closesAt = signUpClosesAt(training);
  const signUpOpen = training.status === 'planned' && now.getTime() < closesAt.getTime();
  const started = hasStarted(training, now);
  const before = training.status === 'planned' && !started;
  return {
    ...training,
    meetingUrl: invitation?.joinUrl ?? training.meetingUrl,
    confirmed,
    attended,
    waitlisted: count('waitlisted'),
    seatsLeft: Math.max(0, training.capacity - confirmed - attended),
    signUpClosesAt: closesAt.toISOString(),
    signUpOpen,
    myStatus: mine?.status ?? null,
    myPosition: mine?.status === 'waitlisted' ? (waitlistPositions(registrations).get(mine.userId) ?? null) : null,
    started,
    can: {
      signUp: signUpOpen && isInvited(training, viewerId) && (!mine || mine.status === 'cancelled'),
      cancel: before && mine?.status === 'confirmed',
      leaveWaitlist: before && mine?.status === 'waitlisted',
      markAttendance: viewer.organiser && training.status !== 'cancelled' && started,
    },
    invitation: invitation && { joinUrl: invitation.joinUrl, status: viewer.organiser ? invitation.status : null },
  };
}

export interface MyRegistration {
  registration: Registration;
  position: number | null;
  training: TrainingView;
}

/** An organiser's view of a registration: with its place on the waitlist. */
export type PlacedRegistration = Registration & { position: number | null };
