import { Registration, holdsSeat } from './registration';
import { Training } from './training';

/**
 * A training's Outlook invitation (issue 14): one event in the trainings mailbox, with the Teams
 * meeting in it, whose attendees are the people who hold a seat — so that an invitation reaches
 * exactly them, moves when the training moves and is cancelled with it. This module decides what
 * the event should be now (`desiredInvitation`), and the one step that brings the event as it
 * was last written (`SyncedInvitation`) there (`nextInvitationStep`). Steps are recomputed from
 * the current registrations each time rather than replayed change by change, so retries and
 * reordering converge: the attendee list of an update is always the whole list.
 */
export interface InvitationAttendee {
  /** Lower case: one person once, however Teams or Entra spelled the address. */
  email: string;
  name: string;
}

export interface InvitationEvent {
  subject: string;
  /** Plain text: the description and who organises it (the Graph adapter makes it HTML). */
  body: string;
  /** UTC ISO instants, as the training keeps them. */
  start: string;
  end: string;
  location: string | null;
  /** By e-mail address. */
  attendees: InvitationAttendee[];
}

export type DesiredInvitation = { cancelled: false; event: InvitationEvent } | { cancelled: true; message: string };

/** The event as the mailbox last confirmed it: its id there, what was written, whether it was cancelled. */
export interface SyncedInvitation {
  eventId: string;
  event: InvitationEvent;
  cancelled: boolean;
}

/** The fields of an event an update may change besides the attendees. */
export type InvitationDetails = Omit<InvitationEvent, 'attendees'>;

export type InvitationStep =
  | { kind: 'none' }
  | { kind: 'create'; event: InvitationEvent }
  /** `details`: only the fields that changed; `attendees`: the whole list, when it changed. */
  | { kind: 'update'; eventId: string; details: Partial<InvitationDetails>; attendees: InvitationAttendee[] | null }
  | { kind: 'cancel'; eventId: string; message: string };

/** An address Exchange will take: something@domain, no spaces, at most 254 characters. */
const MAILBOX = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;

export const normalisedEmail = (email: string | null | undefined): string | null => {
  const trimmed = (email ?? '').trim().toLowerCase();
  return trimmed.length <= 254 && MAILBOX.test(trimmed) ? trimmed : null;
};

/** Who should be invited: everyone holding a seat (confirmed or marked as attended) whose address is known, each address once, by address. */
export function invitedAttendees(registrations: readonly Registration[]): InvitationAttendee[] {
  const byEmail = new Map<string, InvitationAttendee>();
  for (const r of registrations) {
    const email = holdsSeat(r) ? normalisedEmail(r.email) : null;
    if (email && !byEmail.has(email)) byEmail.set(email, { email, name: r.name });
  }
  return [...byEmail.values()].sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
}

/** Seat holders the invitation cannot reach: no address known, or one Exchange would refuse (the organiser sees them). */
export const uninvitable = (registrations: readonly Registration[]): Registration[] => registrations.filter((r) => holdsSeat(r) && !normalisedEmail(r.email));

/**
 * What the training's event should be now. A cancelled training's event is cancelled, with
 * `cancelMessage` (the organiser's words) to the attendees; otherwise its subject, text, time,
 * place and the seat holders.
 */
export function desiredInvitation(
  training: Training,
  registrations: readonly Registration[],
  words: { organisedBy: (name: string) => string; cancelMessage: string },
): DesiredInvitation {
  if (training.status === 'cancelled') return { cancelled: true, message: words.cancelMessage };
  const body = [training.description.trim(), words.organisedBy(training.organiser.name)].filter(Boolean).join('\n\n');
  return {
    cancelled: false,
    event: {
      subject: training.title,
      body,
      start: training.start,
      end: training.end,
      location: training.place?.trim() || null,
      attendees: invitedAttendees(registrations.filter((r) => r.trainingId === training.id)),
    },
  };
}

const DETAIL_FIELDS = ['subject', 'body', 'start', 'end', 'location'] as const satisfies readonly (keyof InvitationDetails)[];

const sameAttendees = (a: readonly InvitationAttendee[], b: readonly InvitationAttendee[]) =>
  a.length === b.length && a.every((x, i) => x.email === b[i]!.email && x.name === b[i]!.name);

/**
 * The one step from what was last written to what should be: create the event (not written yet,
 * and the training not cancelled — a training cancelled before its event existed needs none),
 * cancel it, update what changed, or nothing. A cancelled event stays cancelled.
 */
export function nextInvitationStep(synced: SyncedInvitation | null, desired: DesiredInvitation): InvitationStep {
  if (!synced) return desired.cancelled ? { kind: 'none' } : { kind: 'create', event: desired.event };
  if (synced.cancelled) return { kind: 'none' };
  if (desired.cancelled) return { kind: 'cancel', eventId: synced.eventId, message: desired.message };
  const details: Partial<InvitationDetails> = {};
  for (const field of DETAIL_FIELDS) {
    if (synced.event[field] !== desired.event[field]) Object.assign(details, { [field]: desired.event[field] });
  }
  const attendees = sameAttendees(synced.event.attendees, desired.event.attendees) ? null : desired.event.attendees;
  if (Object.keys(details).length === 0 && attendees === null) return { kind: 'none' };
  return { kind: 'update', eventId: synced.eventId, details, attendees };
}

/** What the mailbox holds after `step` succeeded (for the next step to start from). */
export function afterStep(synced: SyncedInvitation | null, step: InvitationStep, created?: { eventId: string }): SyncedInvitation | null {
  switch (step.kind) {
    case 'none':
      return synced;
    case 'create':
      if (!created) throw new Error('a created event has an id');
      return { eventId: created.eventId, event: step.event, cancelled: false };
    case 'update':
      if (!synced) throw new Error('only a written event is updated');
      return { ...synced, event: { ...synced.event, ...step.details, attendees: step.attendees ?? synced.event.attendees } };
    case 'cancel':
      if (!synced) throw new Error('only a written event is cancelled');
      return { ...synced, cancelled: true };
  }
}

/** Who an update newly invites (Exchange mails only attendees added to the list): for the organiser's view and the tests. */
export function newlyInvited(before: readonly InvitationAttendee[], after: readonly InvitationAttendee[]): string[] {
  const had = new Set(before.map((a) => a.email));
  return after.filter((a) => !had.has(a.email)).map((a) => a.email);
}
