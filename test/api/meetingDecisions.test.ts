import { TestApp, startTestApp } from '../helpers/app';

/**
 * Issue 15, item 1: the meeting's decision assigns or changes the owner ("Sara tar den") and the
 * priority, through the item's own change (history in the trail, If-Match by version), and the
 * minutes say who had it before.
 */
let app: TestApp;
const now = new Date('2026-12-01T08:00:00Z');
beforeAll(async () => {
  app = await startTestApp({}, { now: () => now });
});
afterAll(() => app.stop());

const sara = { id: 'u-sara', name: 'Sara Nilsson' };
const johan = { id: 'u-johan', name: 'Johan Ek' };
const createItem = async (title: string, over: Record<string, unknown> = {}) => {
  const res = await app.request('POST', '/api/activities', { body: { title, category: 'Telefoni', status: 'pågår', ...over } });
  expect(res.status).toBe(201);
  return res.json as { key: string; version: number };
};
const record = (id: string, body: unknown, lang: 'sv' | 'en' = 'sv') => app.request('POST', `/api/meetings/${id}/entries`, { body, as: 'member', lang });
const detail = async (key: string) => (await app.request('GET', `/api/activities/${key}`)).json;

describe('a meeting decision that assigns the item', () => {
  let id: string;
  beforeAll(async () => {
    id = (await app.request('POST', '/api/meetings', { body: { meetingDate: '2026-12-01' } })).json.id;
  });

  it('"Sara tar den": the owner and priority change on the item, with its history; the entry and the minutes say who had it', async () => {
    const item = await createItem('Inringning till Teams-möten');
    const res = await record(id, { activityKey: item.key, activityVersion: 1, note: 'Sara tar den', owner: sara, priority: 'hög' });
    expect(res.status).toBe(201);
    expect(res.json.activity).toMatchObject({ key: item.key, owner: sara, priority: 'hög', version: 2 });
    expect(res.json.meeting.entries).toEqual([
      expect.objectContaining({ activityKey: item.key, owner: sara, ownerFrom: null, priorityFrom: 'normal', priorityTo: 'hög', note: 'Sara tar den' }),
    ]);

    const d = await detail(item.key);
    expect(d.activity).toMatchObject({ owner: sara, priority: 'hög' });
    expect(d.history.slice(1).map((h: { field: string; from: string | null; to: string | null }) => [h.field, h.from, h.to])).toEqual([
      ['owner', null, 'Sara Nilsson'],
      ['priority', 'normal', 'hög'],
    ]);
    expect(d.comments.map((c: { text: string; meetingDate: string }) => [c.text, c.meetingDate])).toEqual([['Sara tar den', '2026-12-01']]);

    const minutes = await app.request('GET', `/api/meetings/${id}/minutes?format=text`);
    expect(minutes.text).toContain('Ansvarig: Sara Nilsson (tidigare ingen ansvarig)');
    const en = await app.request('GET', `/api/meetings/${id}/minutes?format=text`, { lang: 'en' });
    expect(en.text).toContain('Owner: Sara Nilsson (previously no owner)');
  });

  it('handing over to someone else, and taking the owner away; a decision that leaves the owner keeps the minutes as before', async () => {
    const item = await createItem('Licensinventering', { owner: johan });
    const handed = await record(id, { activityKey: item.key, activityVersion: 1, note: 'Sara tar över', owner: sara });
    expect(handed.status).toBe(201);
    expect(handed.json.activity.owner).toEqual(sara);
    expect(handed.json.meeting.entries.at(-1)).toMatchObject({ owner: sara, ownerFrom: johan });
    expect(handed.json.meeting.entries.at(-1)).not.toHaveProperty('priorityFrom');

    const item2 = await createItem('Funktionskonton', { owner: johan });
    const dropped = await record(id, { activityKey: item2.key, activityVersion: 1, note: 'Ingen ansvarig tills vidare', owner: null });
    expect(dropped.json.activity.owner).toBeNull();

    const same = await createItem('Telefonikatalog', { owner: johan });
    const kept = await record(id, { activityKey: same.key, activityVersion: 1, note: 'Johan fortsätter', owner: johan, priority: 'normal' });
    expect(kept.json.activity.version).toBe(1);
    expect(kept.json.meeting.entries.at(-1)).not.toHaveProperty('ownerFrom');

    const minutes = (await app.request('GET', `/api/meetings/${id}/minutes?format=md`)).text;
    expect(minutes).toContain('- **Ansvarig:** Sara Nilsson (tidigare Johan Ek)');
    expect(minutes).toContain('- **Ansvarig:** ingen ansvarig (tidigare Johan Ek)');
    expect(minutes).toContain('- **Ansvarig:** Johan Ek\n');
  });

  it('an item changed since it was read is 412 with the item as it is now, and neither the owner nor the minutes change', async () => {
    const item = await createItem('Säkerhetskopiering');
    const patched = await app.request('PATCH', `/api/activities/${item.key}`, { body: { dueDate: '2027-01-31' }, headers: { 'if-match': '"1"' }, as: 'member2' });
    expect(patched.status).toBe(200);
    const before = (await app.request('GET', `/api/meetings/${id}`)).json;
    const stale = await record(id, { activityKey: item.key, activityVersion: 1, note: 'Sara tar den', owner: sara });
    expect(stale.status).toBe(412);
    expect(stale.json.current).toMatchObject({ key: item.key, version: 2, owner: null, dueDate: '2027-01-31' });
    expect((await detail(item.key)).activity.owner).toBeNull();
    expect((await app.request('GET', `/api/meetings/${id}`)).json).toEqual(before);
  });

  it('a bad owner or priority is 400 naming the field, in the reader’s language, and changes nothing', async () => {
    const item = await createItem('Mötesrum');
    const before = JSON.stringify([(await app.request('GET', `/api/meetings/${id}`)).json, await detail(item.key)]);
    const noName = await record(id, { activityKey: item.key, activityVersion: 1, note: 'x', owner: { id: 'u-x' } });
    expect(noName.status).toBe(400);
    expect(noName.json.error.field).toBe('owner.name');
    const badPriority = await record(id, { activityKey: item.key, activityVersion: 1, note: 'x', priority: 'akut' }, 'en');
    expect(badPriority.status).toBe(400);
    expect(badPriority.json.error.field).toBe('priority');
    expect(badPriority.json.error.message).toMatch(/priority/);
    expect(JSON.stringify([(await app.request('GET', `/api/meetings/${id}`)).json, await detail(item.key)])).toBe(before);
  });
});
