import { FAKE_USER } from '../helpers/entraFake';
import { EventFake, MailboxFake } from '../helpers/graphFake';
import { waitFor } from '../helpers/serverProcess';
import { DIRECTORY, Tenant, startTenant } from './graphFixture';

/**
 * Outlook invitations for trainings (issue 14), in the tenant: the built server with
 * TRAININGS_MAILBOX against the fake Graph's mailbox calendars. Every change goes through the
 * outbox; the scheduler (every 100 ms here) brings the event to the registrations. What Exchange
 * would mail is recorded by the fake, so "each person invited once" is a count.
 */
jest.setTimeout(120_000);

const MAILBOX = 'utbildning@example.se';
const ORGANISER = { oid: FAKE_USER.oid, name: FAKE_USER.name, preferred_username: FAKE_USER.preferred_username };
const staff = (n: number) => ({
  oid: `eeeeeeee-0000-4000-8000-${String(n).padStart(12, '0')}`,
  name: `Person ${n}`,
  preferred_username: `person${n}@example.se`,
});
const HOUR = 60 * 60_000;

let tenant: Tenant;
let mailbox: MailboxFake;
let nextDay = 2;

beforeAll(async () => {
  tenant = await startTenant({
    TRAININGS_MAILBOX: MAILBOX,
    NOTIFIER_INTERVAL_MS: '100',
    INVITATION_RETRY_MS: '200',
    INVITATION_RECHECK_MS: '1500',
    GRAPH_TIMEOUT_MS: '400',
    ROLE_FORVALTNINGSLEDARE: FAKE_USER.oid,
    // A killed process's scheduler lease runs out soon.
    JOB_LEASE_MS: '2000',
  });
  mailbox = { events: new Map(), mails: [], allowed: true };
  tenant.graph.mailboxes.set(MAILBOX, mailbox);
});
afterAll(async () => {
  await tenant?.stop();
});

/** Publishes a training a few days ahead (each its own day). */
async function publish(capacity: number, title = `Teams – kom igång ${nextDay}`) {
  const start = new Date(Date.now() + nextDay++ * 24 * HOUR);
  start.setUTCHours(8, 0, 0, 0);
  const created = await tenant.request('POST', '/api/trainings', {
    claims: ORGANISER,
    body: { title, description: 'Grunderna i Teams.', start: start.toISOString(), end: new Date(start.getTime() + HOUR).toISOString(), capacity, place: 'Sal B' },
  });
  expect(created.status).toBe(201);
  return created.json as { id: string; version: number; start: string };
}

const signUp = (id: string, who: { oid: string; name: string; preferred_username?: string | undefined }) =>
  tenant.request('POST', `/api/trainings/${id}/registrations`, { claims: who });
const view = async (id: string) => (await tenant.request('GET', `/api/trainings/${id}`, { claims: ORGANISER })).json;
const confirmedEmails = async (id: string): Promise<string[]> => {
  const list = await tenant.request('GET', `/api/trainings/${id}/registrations`, { claims: ORGANISER });
  return (list.json.items as { status: string; email: string | null; userId: string }[])
    .filter((r) => r.status === 'confirmed')
    .map((r) => r.email ?? DIRECTORY.find((u) => u.id === r.userId)!.mail)
    .sort();
};
const eventOf = (subject: string): EventFake | undefined => [...mailbox.events.values()].find((e) => e.subject === subject);
const attendeesOf = (e: EventFake | undefined) => (e?.attendees ?? []).map((a) => a.address).sort();
const invitationsTo = (e: EventFake) => mailbox.mails.filter((m) => m.eventId === e.id && m.kind === 'invitation').map((m) => m.to);

/** Waits until the event's attendees are the confirmed registrations and the organiser sees it up to date. */
async function converged(id: string, subject: string, ms = 20_000): Promise<EventFake> {
  const ok = await waitFor(async () => {
    const e = eventOf(subject);
    if (!e) return false;
    const [want, state] = [await confirmedEmails(id), (await view(id)).invitation?.status?.state];
    return JSON.stringify(attendeesOf(e)) === JSON.stringify(want) && state === 'upToDate';
  }, ms, 100);
  if (!ok) throw new Error(`not converged: event ${JSON.stringify(attendeesOf(eventOf(subject)))}, confirmed ${JSON.stringify(await confirmedEmails(id))}, status ${JSON.stringify((await view(id)).invitation)}\n${tenant.server.output().slice(-3000)}`);
  return eventOf(subject)!;
}

describe('a training in the trainings mailbox', () => {
  it('publishing creates one event with the Teams meeting, hidden attendees, the description and the organiser; the link replaces a typed one', async () => {
    const training = await publish(10, 'Publiceras en gång');
    const event = await converged(training.id, 'Publiceras en gång');
    expect([...mailbox.events.values()].filter((e) => e.subject === 'Publiceras en gång')).toHaveLength(1);
    expect(event).toMatchObject({ isOnlineMeeting: true, hideAttendees: true, location: 'Sal B', cancelled: false, attendees: [] });
    expect(event.body).toContain('Grunderna i Teams.');
    expect(event.body).toContain(FAKE_USER.name);
    const seen = await view(training.id);
    expect(seen.meetingUrl).toBe(event.joinUrl);
    expect(seen.invitation).toMatchObject({ joinUrl: event.joinUrl, status: { state: 'upToDate', reason: null, uninvitable: [] } });
    // A staff member sees the link, not the organiser's state.
    const asStaff = (await tenant.request('GET', `/api/trainings/${training.id}`, { claims: staff(900) })).json;
    expect(asStaff.invitation).toEqual({ joinUrl: event.joinUrl, status: null });
  });

  it('30 parallel sign-ups for 10 seats: exactly the 10 confirmed are attendees, each invited once', async () => {
    const training = await publish(10, 'Trettio om tio');
    await converged(training.id, 'Trettio om tio');
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => signUp(training.id, staff(i + 1))));
    expect(answers.map((a) => a.status).every((s) => s === 201)).toBe(true);
    expect(answers.filter((a) => a.json.outcome === 'confirmed')).toHaveLength(10);
    const event = await converged(training.id, 'Trettio om tio');
    expect(attendeesOf(event)).toHaveLength(10);
    expect(invitationsTo(event).sort()).toEqual(attendeesOf(event));
  });

  it('a cancel with promotion swaps one attendee; a time change updates the event; cancelling the training cancels the event', async () => {
    const training = await publish(2, 'Byte och flytt');
    for (const n of [101, 102, 103]) expect((await signUp(training.id, staff(n))).status).toBe(201);
    let event = await converged(training.id, 'Byte och flytt');
    expect(attendeesOf(event)).toEqual(['person101@example.se', 'person102@example.se']);

    const cancelled = await tenant.request('DELETE', `/api/trainings/${training.id}/registrations/${staff(101).oid}`, { claims: staff(101) });
    expect(cancelled.json.promoted.userId).toBe(staff(103).oid);
    event = await converged(training.id, 'Byte och flytt');
    expect(attendeesOf(event)).toEqual(['person102@example.se', 'person103@example.se']);
    expect(invitationsTo(event).sort()).toEqual(['person101@example.se', 'person102@example.se', 'person103@example.se']);

    const current = await view(training.id);
    const later = new Date(Date.parse(current.start) + 2 * HOUR);
    const moved = await tenant.request('PATCH', `/api/trainings/${training.id}`, {
      claims: ORGANISER,
      headers: { 'if-match': `"${current.version}"` },
      body: { start: later.toISOString(), end: new Date(later.getTime() + HOUR).toISOString() },
    });
    expect(moved.status).toBe(200);
    expect(await waitFor(() => eventOf('Byte och flytt')?.start === later.toISOString().replace(/Z$/, ''), 10_000)).toBe(true);
    event = await converged(training.id, 'Byte och flytt');
    expect(mailbox.mails.filter((m) => m.eventId === event.id && m.kind === 'update').map((m) => m.to).sort()).toEqual(['person102@example.se', 'person103@example.se']);

    const off = await tenant.request('PATCH', `/api/trainings/${training.id}`, {
      claims: ORGANISER,
      headers: { 'if-match': `"${moved.json.training.version}"` },
      body: { status: 'cancelled' },
    });
    expect(off.status).toBe(200);
    expect(await waitFor(() => eventOf('Byte och flytt')?.cancelled === true, 10_000)).toBe(true);
    expect(mailbox.mails.filter((m) => m.eventId === event.id && m.kind === 'cancellation').map((m) => m.to).sort()).toEqual(['person102@example.se', 'person103@example.se']);
  });

  it('someone who signed up without an address (the chat) is looked up in the directory once and invited', async () => {
    const training = await publish(5, 'Adress ur katalogen');
    const karin = DIRECTORY[0]!;
    expect((await signUp(training.id, { oid: karin.id, name: karin.displayName, preferred_username: undefined })).status).toBe(201);
    const event = await converged(training.id, 'Adress ur katalogen');
    expect(attendeesOf(event)).toEqual([karin.mail]);
    expect(tenant.graph.received.filter((r) => r.path === `/v1.0/users/${karin.id}`)).toHaveLength(1);
  });
});

describe('when someone deletes the event in the mailbox', () => {
  it('the next change makes it anew with everyone holding a seat, under a new create key; a cancellation of a deleted event is done', async () => {
    const training = await publish(3, 'Borttagen i brevlådan');
    for (const n of [501, 502]) await signUp(training.id, staff(n));
    const before = await converged(training.id, 'Borttagen i brevlådan');
    mailbox.events.delete(before.id);
    await signUp(training.id, staff(503));
    const after = await converged(training.id, 'Borttagen i brevlådan');
    expect(after.id).not.toBe(before.id);
    expect(attendeesOf(after)).toEqual(['person501@example.se', 'person502@example.se', 'person503@example.se']);
    expect(after.transactionId).toBe(`forvaltningsstod-${training.id}.1`);
    expect((await view(training.id)).meetingUrl).toBe(after.joinUrl);

    mailbox.events.delete(after.id);
    const current = await view(training.id);
    const off = await tenant.request('PATCH', `/api/trainings/${training.id}`, { claims: ORGANISER, headers: { 'if-match': `"${current.version}"` }, body: { status: 'cancelled' } });
    expect(off.status).toBe(200);
    expect(await waitFor(async () => (await view(training.id)).invitation?.status?.state === 'upToDate', 10_000)).toBe(true);
    expect([...mailbox.events.values()].filter((e) => e.subject === 'Borttagen i brevlådan')).toEqual([]);
  });
});

describe('when the mailbox is missing or the app may not write it', () => {
  it('404 and 403 are shown to the organiser, and nothing is lost once they are fixed', async () => {
    tenant.graph.mailboxes.delete(MAILBOX);
    const missing = await publish(3, 'Brevlådan saknas');
    expect(await waitFor(async () => (await view(missing.id)).invitation?.status?.reason === 'mailboxMissing', 10_000)).toBe(true);
    expect((await view(missing.id)).invitation.status.state).toBe('failed');
    await signUp(missing.id, staff(201));

    mailbox.allowed = false;
    tenant.graph.mailboxes.set(MAILBOX, mailbox);
    expect(await waitFor(async () => (await view(missing.id)).invitation?.status?.reason === 'permissionMissing', 10_000)).toBe(true);
    await signUp(missing.id, staff(202));
    expect(eventOf('Brevlådan saknas')).toBeUndefined();

    // The administrator grants the access policy: the periodic check brings it up to date.
    mailbox.allowed = true;
    const event = await converged(missing.id, 'Brevlådan saknas');
    expect(attendeesOf(event)).toEqual(['person201@example.se', 'person202@example.se']);
    expect((await view(missing.id)).invitation.status).toMatchObject({ state: 'upToDate', reason: null });
  });
});

describe('faults in the middle of a burst', () => {
  it('429 with Retry-After, 503 and timeouts: the attendees end equal to the confirmed, each invited once', async () => {
    const training = await publish(15, 'Fel mitt i');
    await converged(training.id, 'Fel mitt i');
    const path = '/v1.0/users/utbildning'; // the mailbox's calendar, however the @ is encoded
    tenant.graph.fault({ path, status: 429, headers: { 'retry-after': '1' }, times: 2 });
    const first = Promise.all(Array.from({ length: 20 }, (_, i) => signUp(training.id, staff(300 + i))));
    await new Promise((r) => setTimeout(r, 150));
    tenant.graph.fault({ path, status: 503, times: 2 });
    await first;
    // Timeouts: Graph takes the change but answers after the app stopped waiting (3 × GRAPH_TIMEOUT_MS).
    tenant.graph.fault({ path, status: 200, delayMs: 1500, times: 2, passThrough: true });
    for (const n of [300, 305, 310]) await tenant.request('DELETE', `/api/trainings/${training.id}/registrations/${staff(n).oid}`, { claims: staff(n) });
    const event = await converged(training.id, 'Fel mitt i', 40_000);
    const refused = (status: number) => tenant.graph.received.filter((r) => r.path.startsWith(path) && r.status === status).length;
    expect([refused(429), refused(503)]).toEqual([2, 2]);
    expect(attendeesOf(event)).toHaveLength(15);
    const invited = invitationsTo(event);
    expect(new Set(invited).size).toBe(invited.length);
  });

  it('a SIGKILL of the server mid-burst and a restart give the same end state', async () => {
    const training = await publish(12, 'Dödad mitt i');
    await converged(training.id, 'Dödad mitt i');
    // The mailbox takes the changes but answers late: the process dies with a sync in flight,
    // its change made in the mailbox and not yet in the app's record.
    tenant.graph.fault({ path: '/v1.0/users/utbildning', status: 200, delayMs: 1000, times: 3, passThrough: true });
    const burst = Promise.allSettled(Array.from({ length: 25 }, (_, i) => signUp(training.id, staff(400 + i))));
    await new Promise((r) => setTimeout(r, 400));
    const beforeTheKill = (await view(training.id)).invitation.status.state;
    await tenant.restart('SIGKILL');
    expect(beforeTheKill).toBe('pending');
    await burst;
    // Whoever did not get an answer signs up again (a repeated sign-up answers 'already').
    await Promise.all(Array.from({ length: 25 }, (_, i) => signUp(training.id, staff(400 + i))));
    const event = await converged(training.id, 'Dödad mitt i', 40_000);
    expect(attendeesOf(event)).toHaveLength(12);
    const invited = invitationsTo(event);
    expect(new Set(invited).size).toBe(invited.length);
  });
});
