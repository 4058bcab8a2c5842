import type { Agent } from 'node:http';
import { cardAction, cardText, teamsUser } from '../test/helpers/teamsActivity';
import { BenchConnector, startBenchConnector } from './connector';
import { TempApp, defineBenchmark, httpRequest, keepAliveAgent, round, startTempApp, timed } from './support';

/**
 * The contention run (as test/bot/contention.test.ts): 500 people click "Anmäl mig" at the same
 * moment, each in their own personal chat (`adaptiveCard/action` invokes to /api/messages), for
 * a training with 20 seats. Exactly 20 must be confirmed and 480 waitlisted with positions
 * 1…480 in arrival order (the store's seq), each told the place the store gave them. For
 * comparison the same through the REST API: an organiser registers 500 distinct people in
 * parallel (POST /api/trainings/:id/registrations). One fresh app, a small warm-up of both
 * paths on a training of its own first; the Bot Connector is a server in this process.
 */
const PEOPLE = 500;
export const SEATS = 20;
const WARMUP = 40;
const ORGANISER = { 'x-dev-user': 'member' };

type ContentionFigures = {
  people: number;
  seats: number;
  botWallMs: number;
  botSignUpsPerSecond: number;
  botConfirmed: number;
  botWaitlisted: number;
  botPositionsInArrivalOrder: boolean;
  botEachToldTheirPlace: boolean;
  botConfirmationsSent: number;
  restWallMs: number;
  restSignUpsPerSecond: number;
  restConfirmed: number;
  restWaitlisted: number;
  restPositionsInArrivalOrder: boolean;
  ratioSignUpsPerSecondBotToRest: number;
};

interface Listed {
  userId: string;
  status: string;
  seq: number;
  position: number | null;
}

async function json(agent: Agent, url: string, opts: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<{ status: number; json: any }> {
  const res = await httpRequest(agent, url, {
    method: opts.method ?? 'GET',
    headers: { ...ORGANISER, ...opts.headers },
    ...(opts.body === undefined ? {} : { body: JSON.stringify(opts.body) }),
    keepBody: true,
    timeoutMs: 60_000,
  });
  const text = res.body!.toString('utf8');
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
}

export async function createTraining(app: TempApp, agent: Agent, title: string, capacity: number): Promise<string> {
  const start = new Date(Date.now() + 7 * 86_400_000);
  start.setUTCHours(8, 0, 0, 0);
  const end = new Date(start.getTime() + 45 * 60_000);
  const res = await json(agent, `${app.url}/api/trainings`, {
    method: 'POST',
    body: { title, start: start.toISOString(), end: end.toISOString(), capacity },
  });
  if (res.status !== 201) throw new Error(`POST /api/trainings answered ${res.status}: ${JSON.stringify(res.json)}`);
  return res.json.id as string;
}

/** The store's view: every registration in arrival order, and whether it is 20 confirmed then the waitlist 1…n. */
export async function registrations(app: TempApp, agent: Agent, trainingId: string) {
  const res = await json(agent, `${app.url}/api/trainings/${trainingId}/registrations`);
  if (res.status !== 200) throw new Error(`GET registrations answered ${res.status}`);
  const list = res.json.items as Listed[];
  const seqs = list.map((r) => r.seq);
  const confirmed = list.filter((r) => r.status === 'confirmed');
  const waitlisted = list.filter((r) => r.status === 'waitlisted');
  const inOrder =
    seqs.every((s, i) => i === 0 || s > seqs[i - 1]!) &&
    list.slice(0, SEATS).every((r) => r.status === 'confirmed') &&
    list.slice(SEATS).every((r, i) => r.status === 'waitlisted' && r.position === i + 1);
  return { list, confirmed: confirmed.length, waitlisted: waitlisted.length, inOrder };
}

/** `count` people click "Anmäl mig" at once; with several app instances the clicks are dealt out in turn. */
export async function signUpByBot(apps: TempApp | TempApp[], agent: Agent, serviceUrl: string, trainingId: string, from: number, count: number) {
  const instances = Array.isArray(apps) ? apps : [apps];
  const people = Array.from({ length: count }, (_, i) => teamsUser(from + i));
  const bodies = people.map((u) => JSON.stringify(cardAction(u, serviceUrl, 'signUp', { trainingId })));
  const { value: answers, ms } = await timed(() =>
    Promise.all(bodies.map((body, i) => httpRequest(agent, `${instances[i % instances.length]!.url}/api/messages`, { method: 'POST', body, keepBody: true, timeoutMs: 60_000 }))),
  );
  const texts = answers.map((res, i) => {
    if (res.status !== 200) throw new Error(`sign-up invoke for ${people[i]!.name} answered ${res.status}`);
    return cardText((JSON.parse(res.body!.toString('utf8')) as { value: unknown }).value);
  });
  return { people, texts, ms };
}

async function signUpByRest(app: TempApp, agent: Agent, trainingId: string, from: number, count: number) {
  const bodies = Array.from({ length: count }, (_, i) => JSON.stringify({ userId: `aad-rest-${from + i}`, name: `Deltagare ${from + i}` }));
  const { value: answers, ms } = await timed(() =>
    Promise.all(
      bodies.map((body) =>
        httpRequest(agent, `${app.url}/api/trainings/${trainingId}/registrations`, { method: 'POST', headers: ORGANISER, body, timeoutMs: 60_000 }),
      ),
    ),
  );
  const failed = answers.filter((a) => a.status !== 201);
  if (failed.length) throw new Error(`${failed.length} REST registrations did not answer 201 (first: ${failed[0]!.status})`);
  return { ms };
}

/**
 * One round through the bot on a fresh training with 20 seats: `people` invokes at once (dealt
 * out over the instances), then what the store holds and whether each person was told the
 * place it gave them, and how many confirmations went to the connector.
 */
export async function botRound(apps: TempApp | TempApp[], agent: Agent, connector: BenchConnector, title: string, people: number, from = 1) {
  const first = Array.isArray(apps) ? apps[0]! : apps;
  const trainingId = await createTraining(first, agent, title, SEATS);
  const callsBefore = connector.calls;
  const bot = await signUpByBot(apps, agent, connector.serviceUrl, trainingId, from, people);
  const confirmationsSent = connector.calls - callsBefore;
  const stored = await registrations(first, agent, trainingId);
  const told = new Map(bot.people.map((u, i) => [u.aadObjectId, bot.texts[i]!]));
  const eachTold =
    stored.list.length === people &&
    stored.list.every((r) =>
      r.status === 'confirmed' ? told.get(r.userId)!.includes('Anmäld ✓') : told.get(r.userId)!.includes(`väntelistan, plats ${r.position}`),
    );
  return { ms: bot.ms, confirmed: stored.confirmed, waitlisted: stored.waitlisted, inOrder: stored.inOrder, eachTold, confirmationsSent };
}

export const signUpContention = defineBenchmark<ContentionFigures>({
  name: `Sign-up contention: ${PEOPLE} parallel sign-ups for ${SEATS} seats (bot invokes, then the REST API)`,
  goal: {
    text: `${SEATS} confirmed and ${PEOPLE - SEATS} waitlisted in arrival order, on both paths`,
    met: (f) =>
      f.botConfirmed === SEATS &&
      f.botWaitlisted === PEOPLE - SEATS &&
      f.botPositionsInArrivalOrder &&
      f.botEachToldTheirPlace &&
      f.botConfirmationsSent === SEATS &&
      f.restConfirmed === SEATS &&
      f.restWaitlisted === PEOPLE - SEATS &&
      f.restPositionsInArrivalOrder,
  },
  async run() {
    const connector = await startBenchConnector();
    const app = await startTempApp({ NOTIFIER_INTERVAL_MS: '0' });
    const agent = keepAliveAgent(PEOPLE);
    try {
      // Warm-up: both paths once, on a training of their own.
      const warm = await createTraining(app, agent, 'Uppvärmning', 5);
      await signUpByBot(app, agent, connector.serviceUrl, warm, 90_001, WARMUP);
      await signUpByRest(app, agent, warm, 90_001, WARMUP);

      // Through the bot: 500 invokes at once.
      const bot = await botRound(app, agent, connector, 'Teams – kom igång', PEOPLE);

      // Through the REST API: an organiser registers 500 people at once.
      const restTraining = await createTraining(app, agent, 'Möten i Teams', SEATS);
      const rest = await signUpByRest(app, agent, restTraining, 1, PEOPLE);
      const restStore = await registrations(app, agent, restTraining);

      const botRate = PEOPLE / (bot.ms / 1000);
      const restRate = PEOPLE / (rest.ms / 1000);
      return {
        people: PEOPLE,
        seats: SEATS,
        botWallMs: round(bot.ms, 0),
        botSignUpsPerSecond: round(botRate, 0),
        botConfirmed: bot.confirmed,
        botWaitlisted: bot.waitlisted,
        botPositionsInArrivalOrder: bot.inOrder,
        botEachToldTheirPlace: bot.eachTold,
        botConfirmationsSent: bot.confirmationsSent,
        restWallMs: round(rest.ms, 0),
        restSignUpsPerSecond: round(restRate, 0),
        restConfirmed: restStore.confirmed,
        restWaitlisted: restStore.waitlisted,
        restPositionsInArrivalOrder: restStore.inOrder,
        ratioSignUpsPerSecondBotToRest: round(botRate / restRate),
      };
    } finally {
      agent.destroy();
      await app.stop();
      await connector.stop();
    }
  },
});
