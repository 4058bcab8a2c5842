import { Locale } from '../../src/i18n';
import { Training } from '../../src/domain/training';
import { Registration } from '../../src/domain/registration';
import { TrainingView, trainingView } from '../../src/domain/trainingView';
import { CardJson } from '../../src/bot/core/turn';
import { CardContext } from '../../src/bot/core/cards/common';
import { helpCard, welcomeCard } from '../../src/bot/core/cards/welcome';
import { trainingListCard } from '../../src/bot/trainings/cards/trainingList';
import { cancelledCard, confirmationCard, signUpResultCard, trainingCard } from '../../src/bot/trainings/cards/trainingCards';
import { myRegistrationsCard } from '../../src/bot/trainings/cards/myRegistrations';
import { promotedCard, reminderCard, trainingCancelledCard, trainingChangedCard } from '../../src/bot/trainings/cards/notices';
import { errorCard } from '../../src/bot/core/cards/error';
import { followUpSampleCards } from './followUpCardSamples';

/**
 * Every card the bot sends, with representative data, for the card tests (Adaptive Card 1.5
 * validation) and for rendering each card to a PNG (README). The builders are pure: data +
 * locale in, card JSON out.
 */
export {
  welcomeCard,
  helpCard,
  trainingListCard,
  trainingCard,
  signUpResultCard,
  confirmationCard,
  cancelledCard,
  myRegistrationsCard,
  promotedCard,
  reminderCard,
  trainingCancelledCard,
  trainingChangedCard,
  errorCard,
};
export type { CardContext };

export interface SampleCard {
  /** A stable file-name-friendly name, e.g. `signUpResult-waitlisted`. */
  name: string;
  card: CardJson;
}

/** The moment the samples are seen at: a Monday in March, the trainings after the switch to summer time. */
export const SAMPLE_NOW = new Date('2026-03-23T08:00:00.000Z');
const VIEWER = 'aad-sample-viewer';

const organiser = { id: 'aad-maria', name: 'Maria Lindqvist' };
const base = (id: string, over: Partial<Training>): Training => ({
  id,
  title: 'Teams – kom igång',
  description: 'Chatt, team och kanaler: grunderna för att arbeta i Teams.',
  kind: 'miniutbildning',
  audience: { type: 'open' },
  start: '2026-03-30T07:00:00.000Z',
  end: '2026-03-30T07:45:00.000Z',
  meetingUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_sample%40thread.v2/0',
  place: null,
  capacity: 20,
  organiser,
  status: 'planned',
  signUpLeadMinutes: 0,
  createdAt: '2026-03-01T08:00:00.000Z',
  updatedAt: '2026-03-01T08:00:00.000Z',
  version: 1,
  ...over,
});

let seq = 0;
const people = (trainingId: string, count: number, status: Registration['status'], viewerAt?: number): Registration[] =>
  Array.from({ length: count }, (_, i) => ({
    trainingId,
    userId: i === viewerAt ? VIEWER : `aad-${trainingId}-${status}-${i}`,
    name: `Person ${i + 1}`,
    email: null,
    department: null,
    status,
    registeredAt: '2026-03-02T08:00:00.000Z',
    updatedAt: '2026-03-02T08:00:00.000Z',
    seq: ++seq,
    version: 1,
  }));

/** Sample trainings as the viewer sees them: signed up, waitlisted (place 3), not signed up, full, in a room, cancelled. */
export function sampleViews(): Record<'confirmed' | 'waitlisted' | 'open' | 'full' | 'room' | 'cancelledByOrganiser' | 'left', TrainingView> {
  seq = 0;
  const view = (t: Training, regs: Registration[]) => trainingView(t, regs, { id: VIEWER, organiser: false }, SAMPLE_NOW);
  const confirmed = base('U-041', {});
  const waitlisted = base('U-042', { title: 'Möten i Teams', capacity: 12, start: '2026-04-02T11:00:00.000Z', end: '2026-04-02T12:00:00.000Z' });
  const open = base('U-043', { title: 'Dela filer: OneDrive, SharePoint och Teams', capacity: 25, start: '2026-04-07T08:00:00.000Z', end: '2026-04-07T09:00:00.000Z' });
  const room = base('U-044', { title: 'Planner och To Do', meetingUrl: null, place: 'Universitetsbiblioteket, grupprum 3', start: '2026-04-09T12:00:00.000Z', end: '2026-04-09T12:45:00.000Z' });
  const cancelled = base('U-045', { title: 'Forms – enkäter och quiz', status: 'cancelled', start: '2026-04-14T07:00:00.000Z', end: '2026-04-14T07:45:00.000Z' });
  return {
    confirmed: view(confirmed, [...people(confirmed.id, 18, 'confirmed', 4)]),
    waitlisted: view(waitlisted, [...people(waitlisted.id, 12, 'confirmed'), ...people(waitlisted.id, 4, 'waitlisted', 2)]),
    open: view(open, people(open.id, 9, 'confirmed')),
    full: view(waitlisted, [...people(waitlisted.id, 12, 'confirmed'), ...people(waitlisted.id, 3, 'waitlisted')]),
    room: view(room, [...people(room.id, 19, 'confirmed', 0)]),
    cancelledByOrganiser: view(cancelled, people(cancelled.id, 6, 'confirmed', 1)),
    left: view(open, [...people(open.id, 9, 'confirmed'), ...people(open.id, 1, 'cancelled', 0)]),
  };
}

/** Every card builder with representative data, in `locale`. */
/** The Teams meeting of a training's Outlook event (invitations on). */
export const SAMPLE_JOIN_URL = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_sample%40thread.v2/0';

export function sampleCards(locale: Locale): SampleCard[] {
  const ctx: CardContext = {
    locale,
    timeZone: 'Europe/Stockholm',
    channelUserId: '29:sample-viewer',
    calendarUrl: (id) => `https://forvaltningsstod.example.se/calendar/${id}.ics?u=${VIEWER}&sig=sample`,
  };
  const v = sampleViews();
  const list = [v.confirmed, v.full, v.open, v.room];
  return [
    { name: 'welcome', card: welcomeCard(ctx, { name: 'Karin Holm' }) },
    { name: 'help', card: helpCard(ctx) },
    { name: 'help-unknown', card: helpCard(ctx, { unknown: true }) },
    { name: 'trainingList', card: trainingListCard(ctx, list) },
    { name: 'trainingList-empty', card: trainingListCard(ctx, []) },
    { name: 'training-open', card: trainingCard(ctx, v.open) },
    { name: 'training-confirmed', card: trainingCard(ctx, v.confirmed) },
    { name: 'signUpResult-confirmed', card: signUpResultCard(ctx, v.confirmed, 'confirmed', null) },
    { name: 'signUpResult-waitlisted', card: signUpResultCard(ctx, v.waitlisted, 'waitlisted', 3) },
    { name: 'signUpResult-already', card: signUpResultCard(ctx, v.confirmed, 'already', null) },
    { name: 'confirmation', card: confirmationCard(ctx, v.confirmed) },
    { name: 'confirmation-outlook', card: confirmationCard(ctx, { ...v.confirmed, meetingUrl: SAMPLE_JOIN_URL, invitation: { joinUrl: SAMPLE_JOIN_URL, status: null } }) },
    { name: 'confirmation-room', card: confirmationCard(ctx, v.room) },
    { name: 'myRegistrations', card: myRegistrationsCard(ctx, [v.confirmed, v.waitlisted].map((training) => ({ training }))) },
    { name: 'myRegistrations-empty', card: myRegistrationsCard(ctx, []) },
    { name: 'cancelled', card: cancelledCard(ctx, v.left, 'confirmed') },
    { name: 'promoted', card: promotedCard(ctx, v.confirmed) },
    { name: 'reminder', card: reminderCard(ctx, v.confirmed) },
    { name: 'trainingCancelled', card: trainingCancelledCard(ctx, v.cancelledByOrganiser) },
    { name: 'trainingChanged', card: trainingChangedCard(ctx, v.room) },
    { name: 'error', card: errorCard(ctx, { message: locale === 'sv' ? 'Anmälan till Möten i Teams är stängd.' : 'Sign-up for Möten i Teams is closed.', code: 'training.closed' }) },
    // The monthly follow-up: the restlista in the channel, an owner's nudge, the item forms, "följ upp här".
    ...followUpSampleCards(ctx),
  ];
}
