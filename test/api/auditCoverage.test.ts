import { randomBytes } from 'node:crypto';
import { RunningAzurite, startAzurite } from '../../scripts/azurite';
import { API, Endpoint } from '../../src/api/contract';
import { VERB_HANDLERS } from '../../src/bot/core/verbTable';
import { BOT_COMMANDS, BotCommand } from '../../src/bot/core/textCommands';
import { AuditAction } from '../../src/domain/audit';
import { TestApp, TestResponse, startTestApp } from '../helpers/app';
import { FakeConnector, startFakeConnector } from '../helpers/fakeConnector';
import { cardAction, channelMessage, message, post, teamInstallation, teamsTeam, teamsUser } from '../helpers/teamsActivity';

/**
 * Every way to change the app's records leaves its entries in the trail, written with the change:
 * each write endpoint of the API contract and each bot verb that changes something has a
 * scenario here, and a new one without a scenario fails the first tests. A scenario does the
 * write once and the trail must have grown by exactly the entries named — one per record
 * written (recording a meeting decision writes three records: the item, its follow-up note and
 * the minutes) — and a verb that changes nothing must leave it as it was. On SQLite and on
 * Azure Table Storage (Azurite).
 */
let app: TestApp;
let connector: FakeConnector;
let now = new Date('2026-12-07T09:00:00.000Z');
const START = '2026-12-10T09:00:00.000Z';
const END = '2026-12-10T10:00:00.000Z';
const teamsLead = teamsUser('audit-lead', { name: 'Maria Lindqvist' });


/** Both backends, each with its own app: SQLite on a temp file, Azure Table Storage on Azurite. */
interface Backend {
  name: string;
  env(): Promise<Record<string, string>>;
  stop(): Promise<void>;
}
const sqlite: Backend = { name: 'SQLite', env: async () => ({}), stop: async () => undefined };
const azure = (): Backend => {
  let running: RunningAzurite | undefined;
  return {
    name: 'Azure Table Storage (Azurite)',
    env: async () => {
      running = await startAzurite();
      return { STORAGE: 'azure-table', AZURE_TABLE_CONNECTION_STRING: running.connectionString, AZURE_TABLE_NAME: `coverage${randomBytes(6).toString('hex')}` };
    },
    stop: async () => running?.stop(),
  };
};

const ok = (res: TestResponse) => {
  if (res.status >= 300) throw new Error(`${res.status}: ${JSON.stringify(res.json)}`);
  return res.json;
};
const as = { as: 'lead' };
const ifMatch = (version: number) => ({ headers: { 'if-match': `"${version}"` } });
const createActivity = async () => ok(await app.request('POST', '/api/activities', { ...as, body: { title: 'Förnya licensavtal', category: 'Licenser' } }));
const createTraining = async (start = START, end = END) =>
  ok(await app.request('POST', '/api/trainings', { ...as, body: { title: 'Teams grunder', start, end, capacity: 10 } }));
const startMeeting = async () => ok(await app.request('POST', '/api/meetings', { ...as, body: { meetingDate: '2026-12-15' } }));
const checklist = async () => ok(await app.request('GET', '/api/checklist', as));
const costs = async () => ok(await app.request('GET', '/api/costs', as));
const costsVersion = (view: Record<string, unknown>) => (view.calculation as { version: number }).version;
const createDocument = async () =>
  ok(await app.request('POST', '/api/documents', { ...as, body: { title: 'Rutin för gäståtkomst', kind: 'rutin', link: 'https://contoso.sharepoint.com/r.docx', documentDate: '2026-01-15' } }));

/** The write, with what it needs set up first (unrecorded: the count starts after setup). */
interface Scenario {
  setup?: () => Promise<Record<string, unknown>>;
  write: (s: Record<string, unknown>) => Promise<unknown>;
  entries: AuditAction[];
}

const WRITES: Record<string, Scenario> = {
  'POST /api/activities': { write: createActivity, entries: ['activity.created'] },
  'PATCH /api/activities/:key': {
    setup: createActivity,
    write: async (a) => ok(await app.request('PATCH', `/api/activities/${a.key}`, { ...as, ...ifMatch(1), body: { status: 'pågår' } })),
    entries: ['activity.changed'],
  },
  'DELETE /api/activities/:key': {
    setup: createActivity,
    write: async (a) => ok(await app.request('DELETE', `/api/activities/${a.key}`, { ...as, ...ifMatch(1) })),
    entries: ['activity.deleted'],
  },
  'POST /api/activities/:key/comments': {
    setup: createActivity,
    write: async (a) => ok(await app.request('POST', `/api/activities/${a.key}/comments`, { ...as, body: { text: 'Offert begärd' } })),
    entries: ['activity.commented'],
  },
  'PUT /api/categories': {
    setup: async () => ok(await app.request('GET', '/api/categories', as)),
    write: async (c) =>
      ok(
        await app.request('PUT', '/api/categories', {
          ...as,
          ...ifMatch(Number(c.version)),
          body: { items: [...(c.items as object[]), { name: `Ny ${Date.now()}`, en: null, retired: false }] },
        }),
      ),
    entries: ['categories.changed'],
  },
  'POST /api/rights': {
    setup: async () => ok(await app.request('GET', '/api/access', as)),
    write: async (o) =>
      ok(await app.request('POST', '/api/rights', { ...as, ...ifMatch(Number((o.rights as { version: number }).version)), body: { right: 'projektägare', person: { id: `aad-${Date.now()}`, name: 'Eva Ek' } } })),
    entries: ['rights.granted'],
  },
  'DELETE /api/rights/:right/:personId': {
    setup: async () => {
      const { rights } = ok(await app.request('GET', '/api/access', as)) as { rights: { version: number } };
      return ok(await app.request('POST', '/api/rights', { ...as, ...ifMatch(rights.version), body: { right: 'projektägare', person: { id: 'aad-withdrawn', name: 'Per Ek' } } }));
    },
    write: async (r) => ok(await app.request('DELETE', '/api/rights/projektägare/aad-withdrawn', { ...as, ...ifMatch(Number(r.version)) })),
    entries: ['rights.withdrawn'],
  },
  'POST /api/checklist/items': {
    setup: checklist,
    write: async (c) =>
      ok(await app.request('POST', '/api/checklist/items', { ...as, body: { sectionId: (c.sections as { id: string }[])[0]!.id, text: { sv: 'Ny punkt' } } })),
    entries: ['checklist.itemAdded'],
  },
  'PATCH /api/checklist/items/:id': {
    setup: checklist,
    write: async (c) => {
      const item = (c.items as { id: string; version: number; done: boolean }[]).find((i) => !i.done)!;
      return ok(await app.request('PATCH', `/api/checklist/items/${item.id}`, { ...as, ...ifMatch(item.version), body: { done: true } }));
    },
    entries: ['checklist.itemChanged'],
  },
  'POST /api/checklist/sign-off': {
    write: async () => ok(await app.request('POST', '/api/checklist/sign-off', { ...as, body: { role: 'förvaltningsledare' } })),
    entries: ['checklist.signed'],
  },
  'DELETE /api/checklist/sign-off': {
    write: async () => ok(await app.request('DELETE', '/api/checklist/sign-off', as)),
    entries: ['checklist.signatureWithdrawn'],
  },
  'POST /api/meetings': { write: startMeeting, entries: ['meeting.started'] },
  'POST /api/meetings/:id/entries': {
    setup: async () => ({ meeting: await startMeeting(), activity: await createActivity() }),
    write: async (s) => {
      const { meeting, activity } = s as { meeting: { id: string }; activity: { key: string; version: number } };
      return ok(
        await app.request('POST', `/api/meetings/${meeting.id}/entries`, {
          ...as,
          body: { activityKey: activity.key, activityVersion: activity.version, note: 'Beslut: klart i januari', status: 'pågår' },
        }),
      );
    },
    entries: ['activity.changed', 'activity.commented', 'meeting.decisionRecorded'],
  },
  'POST /api/meetings/:id/finish': {
    setup: startMeeting,
    write: async (m) => ok(await app.request('POST', `/api/meetings/${m.id}/finish`, { ...as, body: { attendees: 'Maria, Johan', summary: 'Kort möte' } })),
    entries: ['meeting.finished'],
  },
  'POST /api/trainings': { write: () => createTraining(), entries: ['training.created'] },
  'PATCH /api/trainings/:id': {
    setup: () => createTraining(),
    write: async (t) => ok(await app.request('PATCH', `/api/trainings/${t.id}`, { ...as, ...ifMatch(Number(t.version)), body: { place: 'Sal B' } })),
    entries: ['training.changed'],
  },
  'POST /api/trainings/:id/registrations': {
    setup: () => createTraining(),
    write: async (t) => ok(await app.request('POST', `/api/trainings/${t.id}/registrations`, { as: 'reader', body: {} })),
    entries: ['training.signedUp'],
  },
  'DELETE /api/trainings/:id/registrations/:userId': {
    setup: async () => {
      const t = await createTraining();
      const me = ok(await app.request('POST', `/api/trainings/${t.id}/registrations`, { as: 'reader', body: {} }));
      return { id: t.id, userId: (me.registration as { userId: string }).userId };
    },
    write: async (s) => ok(await app.request('DELETE', `/api/trainings/${s.id}/registrations/${s.userId}`, { as: 'reader' })),
    entries: ['training.registrationCancelled'],
  },
  'PATCH /api/trainings/:id/registrations/:userId': {
    setup: async () => {
      const t = await createTraining();
      const me = ok(await app.request('POST', `/api/trainings/${t.id}/registrations`, { as: 'reader', body: {} }));
      now = new Date('2026-12-10T09:30:00.000Z'); // the training has started
      return { id: t.id, userId: (me.registration as { userId: string }).userId };
    },
    write: async (s) => ok(await app.request('PATCH', `/api/trainings/${s.id}/registrations/${s.userId}`, { ...as, body: { attended: true } })),
    entries: ['training.attendanceMarked'],
  },
  'PUT /api/settings/follow-up': {
    setup: async () => ok(await app.request('GET', '/api/settings/follow-up', as)),
    write: async (s) => {
      const schedule = s.schedule as Record<string, unknown>;
      return ok(
        await app.request('PUT', '/api/settings/follow-up', {
          ...as,
          ...ifMatch(Number(s.version)),
          body: { channelId: null, schedule: { ...schedule, time: schedule.time === '09:00' ? '10:00' : '09:00' } },
        }),
      );
    },
    entries: ['followUpSettings.changed'],
  },
  // A POST that only reads: the coming meetings by a schedule being edited. It leaves no entry (and changes nothing).
  'POST /api/settings/follow-up/preview': {
    setup: async () => ok(await app.request('GET', '/api/settings/follow-up', as)),
    write: async (s) => ok(await app.request('POST', '/api/settings/follow-up/preview', { ...as, body: { schedule: s.schedule } })),
    entries: [],
  },
  // Kostnadskalkyl (issue 16)
  'PUT /api/costs/cells': {
    setup: costs,
    write: async (c) => {
      const calc = c.calculation as { version: number; years: number[] };
      const body = { measure: 'budget', scenario: 'S-1', row: 'K-01', year: calc.years[0], side: 'external', entry: { kind: 'kronor', kronor: Date.now() % 1_000_000 } };
      return ok(await app.request('PUT', '/api/costs/cells', { ...as, ...ifMatch(calc.version), body }));
    },
    entries: ['costs.cellChanged'],
  },
  'POST /api/costs/rows': {
    setup: costs,
    write: async (c) => ok(await app.request('POST', '/api/costs/rows', { ...as, ...ifMatch(costsVersion(c)), body: { section: 'konsult', name: `Rad ${Date.now()}` } })),
    entries: ['costs.rowAdded'],
  },
  'PATCH /api/costs/rows/:id': {
    setup: costs,
    write: async (c) => ok(await app.request('PATCH', '/api/costs/rows/K-02', { ...as, ...ifMatch(costsVersion(c)), body: { note: `Offert ${Date.now()}` } })),
    entries: ['costs.rowChanged'],
  },
  'DELETE /api/costs/rows/:id': {
    setup: async () => ok(await app.request('POST', '/api/costs/rows', { ...as, ...ifMatch(costsVersion(await costs())), body: { section: 'konsult', name: `Bort ${Date.now()}` } })),
    write: async (c) => {
      const rows = (c.calculation as { rows: { id: string }[] }).rows;
      const added = rows.map((r) => r.id).sort().at(-1)!;
      return ok(await app.request('DELETE', `/api/costs/rows/${added}`, { ...as, ...ifMatch(costsVersion(c)) }));
    },
    entries: ['costs.rowRemoved'],
  },
  'POST /api/costs/years': {
    setup: costs,
    write: async (c) => ok(await app.request('POST', '/api/costs/years', { ...as, ...ifMatch(costsVersion(c)), body: {} })),
    entries: ['costs.yearAdded'],
  },
  'POST /api/costs/scenarios': {
    setup: costs,
    write: async (c) => ok(await app.request('POST', '/api/costs/scenarios', { ...as, ...ifMatch(costsVersion(c)), body: { name: `Scenario ${Date.now()}`, copyOf: 'S-1' } })),
    entries: ['costs.scenarioAdded'],
  },
  'PATCH /api/costs/scenarios/:id': {
    setup: costs,
    write: async (c) => ok(await app.request('PATCH', '/api/costs/scenarios/S-1', { ...as, ...ifMatch(costsVersion(c)), body: { name: `Nuvarande ${Date.now()}` } })),
    entries: ['costs.scenarioChanged'],
  },
  'POST /api/costs/scenarios/:id/decision': {
    setup: costs,
    write: async (c) =>
      ok(await app.request('POST', '/api/costs/scenarios/S-1/decision', { ...as, ...ifMatch(costsVersion(c)), body: { on: '2026-12-01', link: `https://example.org/beslut/${Date.now()}` } })),
    entries: ['costs.scenarioDecided'],
  },
  'POST /api/costs/baselines': {
    setup: async () =>
      ok(await app.request('POST', '/api/costs/scenarios/S-1/decision', { ...as, ...ifMatch(costsVersion(await costs())), body: { on: '2026-12-02', link: null } })),
    write: async (c) => ok(await app.request('POST', '/api/costs/baselines', { ...as, ...ifMatch(costsVersion(c)), body: {} })),
    entries: ['costs.baselineFrozen'],
  },
  // The förvaltningsdokumentation register (issue 16).
  'POST /api/documents': { write: createDocument, entries: ['document.created'] },
  'PATCH /api/documents/:id': {
    setup: createDocument,
    write: async (d) => ok(await app.request('PATCH', `/api/documents/${d.id}`, { ...as, ...ifMatch(1), body: { status: 'under revision' } })),
    entries: ['document.changed'],
  },
  'POST /api/documents/:id/reviews': {
    setup: createDocument,
    write: async (d) => ok(await app.request('POST', `/api/documents/${d.id}/reviews`, { ...as, ...ifMatch(1), body: { note: 'Inga ändringar' } })),
    entries: ['document.reviewed'],
  },
};

/** The bot's verbs that change something, each clicked once by the lead in a personal chat. */
const VERBS: Record<string, Scenario> = {
  signUp: {
    setup: () => createTraining(),
    write: (t) => post(app.url, cardAction(teamsLead, connector.serviceUrl, 'signUp', { trainingId: t.id })),
    entries: ['training.signedUp'],
  },
  cancel: {
    setup: async () => {
      const t = await createTraining();
      await post(app.url, cardAction(teamsLead, connector.serviceUrl, 'signUp', { trainingId: t.id }));
      return t;
    },
    write: (t) => post(app.url, cardAction(teamsLead, connector.serviceUrl, 'cancel', { trainingId: t.id })),
    entries: ['training.registrationCancelled'],
  },
  followUpDone: {
    setup: createActivity,
    write: (a) =>
      post(app.url, cardAction(teamsLead, connector.serviceUrl, 'followUpDone', { meetingDate: '2026-12-15', view: 'nudge', key: a.key, version: '1', note: 'Klart' })),
    entries: ['activity.changed'],
  },
  followUpPostpone: {
    setup: createActivity,
    write: (a) =>
      post(app.url, cardAction(teamsLead, connector.serviceUrl, 'followUpPostpone', { meetingDate: '2026-12-15', view: 'nudge', key: a.key, version: '1', dueDate: '2027-01-31' })),
    entries: ['activity.changed'],
  },
  followUpComment: {
    setup: createActivity,
    write: (a) =>
      post(app.url, cardAction(teamsLead, connector.serviceUrl, 'followUpComment', { meetingDate: '2026-12-15', view: 'nudge', key: a.key, comment: 'Pilot i januari' })),
    entries: ['activity.commented'],
  },
};

/** The text commands: the one that changes a record ("följ upp här" chooses the follow-up channel), and those that only show. */
const team = teamsTeam('audit', ['Uppföljning']);
const channelId = team.channels[0]!.id;
const COMMANDS: Record<BotCommand, { text: string; entries: AuditAction[]; inChannel: boolean }> = {
  followUpHere: { text: '<at>Förvaltningsstöd</at> följ upp här', entries: ['followUpSettings.changed'], inChannel: true },
  trainings: { text: 'utbildningar', entries: [], inChannel: false },
  my: { text: 'mina', entries: [], inChannel: false },
  restlista: { text: 'restlista', entries: [], inChannel: false },
  help: { text: 'hjälp', entries: [], inChannel: false },
};

const writeEndpoints = (node: unknown): Endpoint[] => {
  if (node && typeof node === 'object' && 'method' in node && 'path' in node) return (node as Endpoint).method === 'GET' ? [] : [node as Endpoint];
  return Object.values(node as object).flatMap(writeEndpoints);
};
const trailSize = async () => (await app.store.audit.head()).count;
const newest = async (n: number) => (await app.store.audit.read({ order: 'newest', limit: Math.max(n, 1) })).entries.slice(0, n).reverse();

async function check(s: Scenario) {
  const setUp = (await s.setup?.()) ?? {};
  const before = await trailSize();
  await s.write(setUp);
  expect((await trailSize()) - before).toBe(s.entries.length);
  expect((await newest(s.entries.length)).map((e) => e.action)).toEqual(s.entries);
  expect(await app.store.audit.verify()).toMatchObject({ ok: true });
}

describe.each([sqlite, azure()])('$name: every write leaves its entries in the trail', (backend) => {
  beforeAll(async () => {
    connector = await startFakeConnector();
    app = await startTestApp({ ROLE_FORVALTNINGSLEDARE: teamsLead.aadObjectId, ...(await backend.env()) }, { now: () => now });
    await post(app.url, { ...cardAction(teamsLead, connector.serviceUrl, 'refresh', {}), type: 'conversationUpdate', membersAdded: [{ id: teamsLead.id }] });
  }, 30_000);
  afterAll(async () => {
    await app.stop();
    await connector.stop();
    await backend.stop();
  });

  it('every write endpoint of the API contract has a scenario here (and nothing else)', () => {
    expect(Object.keys(WRITES).sort()).toEqual(writeEndpoints(API).map((e) => `${e.method} ${e.path}`).sort());
  });

  it('every bot verb that changes something has a scenario here (and nothing else)', () => {
    const changing = Object.entries(VERB_HANDLERS).filter(([, h]) => h.changes).map(([verb]) => verb);
    expect(Object.keys(VERBS).sort()).toEqual(changing.sort());
  });

  for (const [route, scenario] of Object.entries(WRITES)) {
    it(`${route} → ${scenario.entries.join(', ')}`, async () => {
      now = new Date('2026-12-07T09:00:00.000Z');
      await check(scenario);
    });
  }

  for (const [verb, scenario] of Object.entries(VERBS)) {
    it(`bot verb ${verb} → ${scenario.entries.join(', ')}`, async () => {
      now = new Date('2026-12-07T09:00:00.000Z');
      await check(scenario);
    });
  }

  it('every text command is here, and only "följ upp här" changes a record: one entry', async () => {
    expect(Object.keys(COMMANDS).sort()).toEqual(BOT_COMMANDS.map((c) => c.command).sort());
    expect((await post(app.url, teamInstallation(teamsLead, connector.serviceUrl, team, 'add'))).status).toBe(200);
    for (const [command, c] of Object.entries(COMMANDS)) {
      const before = await trailSize();
      const res = await post(app.url, c.inChannel ? channelMessage(teamsLead, connector.serviceUrl, team, channelId, c.text) : message(teamsLead, connector.serviceUrl, c.text));
      expect([command, res.status]).toEqual([command, 200]);
      expect([command, (await trailSize()) - before]).toEqual([command, c.entries.length]);
      expect((await newest(c.entries.length)).map((e) => e.action)).toEqual(c.entries);
    }
  });

  it('the verbs that change nothing leave the trail as it was', async () => {
    now = new Date('2026-12-07T09:00:00.000Z');
    const training = await createTraining();
    const activity = await createActivity();
    const before = await trailSize();
    const data: Record<string, unknown> = {
      showTraining: { trainingId: training.id },
      refresh: { view: 'list' },
      listTrainings: {},
      myRegistrations: {},
      followUpOpen: { meetingDate: '2026-12-15', view: 'nudge', key: activity.key, form: 'done' },
      followUpRefresh: { meetingDate: '2026-12-15', view: 'nudge' },
    };
    const readOnly = Object.entries(VERB_HANDLERS).filter(([, h]) => !h.changes).map(([verb]) => verb);
    expect(readOnly.sort()).toEqual(Object.keys(data).sort());
    for (const verb of readOnly) {
      const res = await post(app.url, cardAction(teamsLead, connector.serviceUrl, verb, data[verb]));
      expect(res.status).toBe(200);
    }
    expect(await trailSize()).toBe(before);
  });
});
