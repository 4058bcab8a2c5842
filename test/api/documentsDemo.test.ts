import { TestApp, startTestApp } from '../helpers/app';

/** The demo register (SEED_DEMO=true): the documents the project handed over, some overdue, some due before the next meeting, two as checklist evidence. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ SEED_DEMO: 'true' }, { now: () => new Date('2026-12-07T09:00:00.000Z') });
});
afterAll(async () => {
  await app.stop();
});

interface Doc {
  id: string;
  title: string;
  due: string | null;
  status: string;
  owner: { name: string } | null;
  reviews: unknown[];
  usedIn: { itemId: string }[];
}

it('holds the handed-over documents with owners, some overdue and some due before the meeting, and checklist items pointing at them', async () => {
  const res = await app.request('GET', '/api/documents', { as: 'reader' });
  expect(res.status).toBe(200);
  const docs = res.json.items as Doc[];
  expect(docs.map((d) => d.title)).toEqual(
    expect.arrayContaining(['Checklista överlämning till förvaltning', 'Förvaltningsdokumentation O365', 'Aktivitetslogg – restlista', 'Rutin för gäståtkomst', 'Rutin för namngivning av team', 'Utbildningsmaterial (mini-utbildningar)', 'Beslut om telefoni', 'Förvaltningsplan']),
  );
  expect(docs.filter((d) => d.due === 'overdue').map((d) => d.title).sort()).toEqual(['Förvaltningsdokumentation O365', 'Rutin för gäståtkomst']);
  expect(docs.filter((d) => d.due === 'due').map((d) => d.title).sort()).toEqual(['Aktivitetslogg – restlista', 'Förvaltningsplan']);
  expect(docs.every((d) => d.status === 'upphävd' || d.owner !== null)).toBe(true);
  expect(docs.find((d) => d.title === 'Rutin för gäståtkomst')!.reviews).toHaveLength(1);
  expect(docs.find((d) => d.title === 'Förvaltningsdokumentation O365')!.usedIn.map((u) => u.itemId)).toEqual(['T06']);
  const checklist = (await app.request('GET', '/api/checklist', { as: 'reader' })).json;
  expect(checklist.items.find((i: { id: string }) => i.id === 'T21').evidenceDocument).toBe(docs.find((d) => d.title === 'Aktivitetslogg – restlista')!.id);
  const due = (await app.request('GET', '/api/documents/reviews-due', { as: 'reader' })).json;
  expect(due.count).toBe(4);
});
