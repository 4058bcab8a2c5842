import { FAKE_USER } from '../test/helpers/entraFake';
import type { MailboxFake } from '../test/helpers/graphFake';
import { startTenant, Tenant } from '../test/graph/graphFixture';
import { defineBenchmark, httpRequest, keepAliveAgent, median, round } from './support';

/**
 * Sign-ups with Outlook invitations on vs off (issue 14): two built servers in AUTH_MODE=entra
 * against the fake Entra ID and Graph on 127.0.0.1, one with TRAININGS_MAILBOX (its scheduler
 * brings the mailbox's event to the registrations while the burst runs) and one without. Each
 * round publishes a training with 50 seats on each and sends 500 sign-ups at once (each person
 * with their own SSO token, signed before the clock starts). Rounds alternate (on, off, off,
 * on…) so drift hits both; medians. Reported too: how long after the burst began the event's
 * attendees were exactly the 50 confirmed.
 */
const PEOPLE = 500;
const SEATS = 50;
const ROUNDS = 4;
const MAILBOX = 'utbildning@example.se';
const CONVERGE_LIMIT_MS = 60_000;

type InvitationFigures = {
  people: number;
  seats: number;
  offSignUpsPerSecond: number;
  onSignUpsPerSecond: number;
  ratioOnToOff: number;
  eventAttendeesMatchConfirmed: boolean;
  convergeAfterBurstStartMedianMs: number;
  convergeAfterBurstEndMedianMs: number;
  invitationMailsPerAttendee: number;
};

const person = (n: number) => ({ oid: `cccccccc-0000-4000-8000-${String(n).padStart(12, '0')}`, name: `Person ${n}`, preferred_username: `person${n}@example.se` });

export const invitationSignUps = defineBenchmark<InvitationFigures>({
  name: 'sign-ups with Outlook invitations on vs off (500 at once for 50 seats; fakes on 127.0.0.1)',
  goal: { text: 'sign-ups per second with invitations ≥ 0.9× without (median)', met: (f) => f.ratioOnToOff >= 0.9 },
  async run() {
    const common = { LOG_LEVEL: 'error', NOTIFIER_INTERVAL_MS: '100', ROLE_FORVALTNINGSLEDARE: FAKE_USER.oid };
    const on = await startTenant({ ...common, TRAININGS_MAILBOX: MAILBOX });
    const off = await startTenant(common);
    try {
      const mailbox: MailboxFake = { events: new Map(), mails: [], allowed: true };
      on.graph.mailboxes.set(MAILBOX, mailbox);
      const agent = keepAliveAgent(64);
      const tokensOf = async (tenant: Tenant) => Promise.all(Array.from({ length: PEOPLE }, (_, i) => tenant.entra.sign(person(i + 1))));
      const tokens = new Map<Tenant, string[]>([
        [on, await tokensOf(on)],
        [off, await tokensOf(off)],
      ]);
      const organiser = new Map<Tenant, string>([
        [on, await on.entra.sign()],
        [off, await off.entra.sign()],
      ]);
      let day = 3;
      const publish = async (tenant: Tenant, title: string) => {
        const start = new Date(Date.now() + day++ * 86_400_000);
        start.setUTCHours(8, 0, 0, 0);
        const res = await httpRequest(agent, `${tenant.server.url}/api/trainings`, {
          method: 'POST',
          headers: { authorization: `Bearer ${organiser.get(tenant)}` },
          body: JSON.stringify({ title, start: start.toISOString(), end: new Date(start.getTime() + 3_600_000).toISOString(), capacity: SEATS }),
          keepBody: true,
        });
        if (res.status !== 201) throw new Error(`POST /api/trainings answered ${res.status}`);
        return (JSON.parse(res.body!.toString('utf8')) as { id: string }).id;
      };
      const burst = async (tenant: Tenant, id: string) => {
        const started = performance.now();
        const answers = await Promise.all(
          tokens.get(tenant)!.map((token) =>
            httpRequest(agent, `${tenant.server.url}/api/trainings/${id}/registrations`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, timeoutMs: 60_000 }),
          ),
        );
        const bad = answers.filter((a) => a.status !== 201);
        if (bad.length) throw new Error(`${bad.length} sign-ups answered ${bad[0]!.status}`);
        return { started, ended: performance.now() };
      };

      // Warm-up: each server's token checks, JWKS and first writes.
      for (const tenant of [on, off]) await burst(tenant, await publish(tenant, 'Uppvärmning'));

      const perSecond: Record<'on' | 'off', number[]> = { on: [], off: [] };
      const afterStart: number[] = [];
      const afterEnd: number[] = [];
      let matched = true;
      let mailsPerAttendee = 0;
      for (let r = 0; r < ROUNDS; r++) {
        const order: ('on' | 'off')[] = r % 2 === 0 ? ['on', 'off'] : ['off', 'on'];
        for (const side of order) {
          const tenant = side === 'on' ? on : off;
          const title = `Omgång ${r} ${side}`;
          const id = await publish(tenant, title);
          const { started, ended } = await burst(tenant, id);
          perSecond[side].push(PEOPLE / ((ended - started) / 1000));
          if (side === 'off') continue;
          const until = performance.now() + CONVERGE_LIMIT_MS;
          let event = [...mailbox.events.values()].find((e) => e.subject === title);
          while (performance.now() < until && (event?.attendees.length ?? 0) !== SEATS) {
            await new Promise((resolve) => setTimeout(resolve, 10));
            event = [...mailbox.events.values()].find((e) => e.subject === title);
          }
          const at = performance.now();
          if (!event || event.attendees.length !== SEATS) {
            matched = false;
            continue;
          }
          afterStart.push(at - started);
          afterEnd.push(at - ended);
          const invitations = mailbox.mails.filter((m) => m.eventId === event!.id && m.kind === 'invitation').length;
          mailsPerAttendee = Math.max(mailsPerAttendee, invitations / SEATS);
        }
      }
      const onRate = median(perSecond.on);
      const offRate = median(perSecond.off);
      return {
        people: PEOPLE,
        seats: SEATS,
        offSignUpsPerSecond: round(offRate, 1),
        onSignUpsPerSecond: round(onRate, 1),
        ratioOnToOff: round(onRate / offRate),
        eventAttendeesMatchConfirmed: matched,
        convergeAfterBurstStartMedianMs: round(median(afterStart), 0),
        convergeAfterBurstEndMedianMs: round(median(afterEnd), 0),
        invitationMailsPerAttendee: round(mailsPerAttendee, 2),
      };
    } finally {
      await Promise.all([on.stop(), off.stop()]);
    }
  },
});
