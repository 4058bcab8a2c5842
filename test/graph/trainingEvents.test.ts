import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { FakeEntra, startFakeEntra } from '../helpers/entraFake';
import { FakeGraph, startFakeGraph } from '../helpers/graphFake';
import { ENTRY } from '../helpers/serverProcess';
import { testCa } from '../helpers/testCa';
import type { InvitationEvent } from '../../src/domain/trainingInvitation';

/**
 * The trainings mailbox's events through Microsoft Graph (graph/graphTrainingEvents.ts, built),
 * against the fake Entra ID and the fake Graph over HTTPS, in a child process that trusts the
 * test CA as the app's process does: create with the Teams meeting, attendees hidden, a
 * transaction id that makes a retried create find the first event; updates that mail only the
 * added attendees; cancel; and the failures as the outbox will see them (404 mailbox, 403
 * permission, 429 with Retry-After, a timeout).
 */
jest.setTimeout(60_000);
const run = promisify(execFile);
const MAILBOX = 'utbildning@example.se';
const EVENTS_MODULE = ENTRY.replace(/index\.js$/, 'graph/graphTrainingEvents.js');

let entra: FakeEntra;
let graph: FakeGraph;
beforeAll(async () => {
  const tls = testCa();
  graph = await startFakeGraph({ tls, verify: (token) => entra.verifyIssued(token) });
  entra = await startFakeEntra({ tls, graphResource: graph.url });
  graph.mailboxes.set(MAILBOX, { events: new Map(), mails: [], allowed: true });
  graph.mailboxes.set('stangd@example.se', { events: new Map(), mails: [], allowed: false });
});
afterAll(async () => {
  await graph?.close();
  await entra?.close();
});

type Op = { op: 'create'; trainingId: string; event: InvitationEvent } | { op: 'update'; eventId: string; details: object; attendees: object[] | null } | { op: 'cancel'; eventId: string; message: string };

/** Runs the calls in a process that trusts the test CA, one after the other; answers their Results. */
async function calls(ops: Op[], mailbox = MAILBOX, timeoutMs = 2000): Promise<any[]> {
  const script = `
    const { ClientSecretCredential } = require('@azure/identity');
    const { createGraphTrainingEvents } = require(${JSON.stringify(EVENTS_MODULE)});
    const pino = require('pino');
    const [authorityHost, tenant, client, secret, endpoint, mailbox, timeoutMs, ops] = process.argv.slice(1);
    const credential = new ClientSecretCredential(tenant, client, secret, { authorityHost, disableInstanceDiscovery: true });
    const events = createGraphTrainingEvents({ credential, endpoint, mailbox, timeoutMs: Number(timeoutMs), logger: pino({ level: 'silent' }) });
    (async () => {
      const out = [];
      for (const o of JSON.parse(ops)) {
        out.push(o.op === 'create' ? await events.create(o.trainingId, o.event) : o.op === 'update' ? await events.update(o.eventId, o.details, o.attendees) : await events.cancel(o.eventId, o.message));
      }
      console.log(JSON.stringify(out));
    })();`;
  const { stdout } = await run(process.execPath, ['-e', script, entra.authorityHost, entra.tenantId, entra.clientId, entra.clientSecret, graph.url, mailbox, String(timeoutMs), JSON.stringify(ops)], {
    env: { PATH: process.env.PATH, NODE_EXTRA_CA_CERTS: testCa().caPath },
    cwd: process.cwd(),
  });
  return JSON.parse(stdout);
}

const event = (emails: string[], over: Partial<InvitationEvent> = {}): InvitationEvent => ({
  subject: 'Teams – kom igång',
  body: 'Grunderna i Teams & <chatt>.\n\nUtbildare: Maria Lindqvist',
  start: '2026-12-10T09:00:00.000Z',
  end: '2026-12-10T09:45:00.000Z',
  location: 'Sal 3',
  attendees: emails.map((email) => ({ email, name: email.split('@')[0]! })),
  ...over,
});

describe('training events in the trainings mailbox', () => {
  it('creates the event with the Teams meeting and hidden attendees; a retried create finds the same event', async () => {
    const [first, again] = await calls([
      { op: 'create', trainingId: 'U-001', event: event(['anna@example.se', 'per@example.se']) },
      { op: 'create', trainingId: 'U-001', event: event(['anna@example.se', 'per@example.se']) },
    ]);
    expect(first).toMatchObject({ ok: true, value: { eventId: expect.any(String), joinUrl: expect.stringMatching(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//) } });
    expect(again.value.eventId).toBe(first.value.eventId);
    const stored = graph.mailboxes.get(MAILBOX)!.events.get(first.value.eventId)!;
    expect(stored).toMatchObject({
      subject: 'Teams – kom igång',
      start: '2026-12-10T09:00:00.000',
      location: 'Sal 3',
      hideAttendees: true,
      isOnlineMeeting: true,
      transactionId: 'forvaltningsstod-U-001',
      attendees: [{ address: 'anna@example.se', name: 'anna' }, { address: 'per@example.se', name: 'per' }],
    });
    expect(stored.body).toBe('<p>Grunderna i Teams &amp; &lt;chatt&gt;.</p><p>Utbildare: Maria Lindqvist</p>');
    // Each attendee invited once, though the create was sent twice.
    expect(graph.mailboxes.get(MAILBOX)!.mails.map((m) => `${m.kind} ${m.to}`)).toEqual(['invitation anna@example.se', 'invitation per@example.se']);
    const calls_ = graph.received.filter((r) => r.path === `/v1.0/users/${encodeURIComponent(MAILBOX)}/events`);
    expect(calls_.every((r) => r.caller === 'app')).toBe(true);
  });

  it('an update of the attendee list mails only the one added; a new time mails the others an update; cancel mails all', async () => {
    const [made] = await calls([{ op: 'create', trainingId: 'U-002', event: event(['a@example.se', 'b@example.se']) }]);
    const id = made.value.eventId;
    const mails = () => graph.mailboxes.get(MAILBOX)!.mails.filter((m) => m.eventId === id).map((m) => `${m.kind} ${m.to}`);
    await calls([{ op: 'update', eventId: id, details: {}, attendees: [{ email: 'a@example.se', name: 'a' }, { email: 'c@example.se', name: 'c' }] }]);
    expect(mails()).toEqual(['invitation a@example.se', 'invitation b@example.se', 'invitation c@example.se']);
    await calls([{ op: 'update', eventId: id, details: { start: '2026-12-11T09:00:00.000Z', end: '2026-12-11T09:45:00.000Z' }, attendees: null }]);
    expect(mails().slice(3)).toEqual(['update a@example.se', 'update c@example.se']);
    const [cancelled] = await calls([{ op: 'cancel', eventId: id, message: 'Utbildningen är inställd.' }]);
    expect(cancelled).toEqual({ ok: true });
    expect(mails().slice(5)).toEqual(['cancellation a@example.se', 'cancellation c@example.se']);
  });

  it('a mailbox that does not exist (404), one the app may not write (403), an unknown event (404): values with words for the organiser', async () => {
    const [missing] = await calls([{ op: 'create', trainingId: 'U-003', event: event([]) }], 'finns-inte@example.se');
    expect(missing).toMatchObject({ ok: false, problem: { kind: 'not_found', code: 'invitations.mailboxMissing', params: { mailbox: 'finns-inte@example.se' } } });
    const [denied] = await calls([{ op: 'create', trainingId: 'U-003', event: event([]) }], 'stangd@example.se');
    expect(denied).toMatchObject({ ok: false, problem: { kind: 'forbidden', code: 'invitations.permissionMissing' } });
    const [gone] = await calls([{ op: 'cancel', eventId: 'no-such-event', message: 'x' }]);
    expect(gone).toMatchObject({ ok: false, problem: { kind: 'not_found', code: 'invitations.eventMissing' } });
  });

  it('429 with Retry-After and a Graph slower than the deadline: unavailable, with the wait Graph asked for, and no retry here', async () => {
    graph.fault({ path: `/v1.0/users/${encodeURIComponent(MAILBOX)}/events`, status: 429, headers: { 'retry-after': '7' } });
    const before = graph.received.length;
    const [throttled] = await calls([{ op: 'create', trainingId: 'U-004', event: event([]) }]);
    expect(throttled).toMatchObject({ ok: false, problem: { kind: 'unavailable', code: 'invitations.unavailable', params: { reason: 'throttled', retryAfterMs: 7000 } } });
    expect(graph.received.length - before).toBe(1);
    graph.fault({ path: `/v1.0/users/${encodeURIComponent(MAILBOX)}/events`, status: 201, delayMs: 5000, body: {} });
    const [slow] = await calls([{ op: 'create', trainingId: 'U-005', event: event([]) }], MAILBOX, 800);
    expect(slow).toMatchObject({ ok: false, problem: { kind: 'unavailable', params: { reason: 'timeout' } } });
  });
});
