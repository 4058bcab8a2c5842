import { TestApp, startTestApp } from '../helpers/app';

/**
 * GET/PUT /api/categories: everyone reads the categories; the förvaltningsledare adds and
 * retires them with If-Match; a category cannot be removed (items carry it), only retired; the
 * activity log takes only active categories for new or changed items, and an item keeps a
 * retired one it has. Bad input is a 400 that names the field and changes nothing.
 */
let app: TestApp;
beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.stop();
});

type Item = { name: string; en: string | null; retired: boolean };
const get = (as = 'reader') => app.request('GET', '/api/categories', { as });
const put = (items: Item[], version: number | null, as = 'lead', lang: 'sv' | 'en' = 'sv') =>
  app.request('PUT', '/api/categories', { as, lang, body: { items }, headers: version === null ? {} : { 'if-match': `"${version}"` } });
const createItem = (category: string, as = 'member') =>
  app.request('POST', '/api/activities', { as, body: { title: `Punkt i ${category}`, category } });

it('lists the rollout project\'s seven to everyone, with version 0 and ETag "0"', async () => {
  const res = await get();
  expect(res.status).toBe(200);
  expect(res.headers.get('etag')).toBe('"0"');
  expect(res.json.items.map((c: Item) => c.name)).toEqual(['Licenser', 'Utbildning', 'Telefoni', 'Integration', 'Dokumentation', 'Support', 'Övrigt']);
  expect(res.json.items[0]).toEqual({ name: 'Licenser', en: 'Licences', retired: false });
  expect((await app.request('GET', '/api/me', { as: 'lead' })).json.permissions['categories.manage']).toBe(true);
  expect((await app.request('GET', '/api/me', { as: 'member' })).json.permissions['categories.manage']).toBe(false);
});

it('the förvaltningsledare adds one and retires one; new items take the new one, not the retired one; an item keeps the retired one it has', async () => {
  const kept = await createItem('Telefoni');
  expect(kept.status).toBe(201);
  const { items } = (await get()).json as { items: Item[] };
  const saved = await put([...items.map((c) => (c.name === 'Telefoni' ? { ...c, retired: true } : c)), { name: 'Säkerhet', en: 'Security', retired: false }], 0);
  expect(saved.status).toBe(200);
  expect(saved.headers.get('etag')).toBe('"1"');
  expect(saved.json).toMatchObject({ version: 1, updatedBy: { name: 'Maria Lindqvist' } });
  expect(saved.json.items.at(-1)).toEqual({ name: 'Säkerhet', en: 'Security', retired: false });

  expect((await createItem('Säkerhet')).status).toBe(201);
  const refused = await createItem('Telefoni');
  expect(refused.status).toBe(400);
  expect(refused.json.error).toMatchObject({ code: 'invalid', field: 'category', message: 'Kategorin Telefoni är avvecklad och kan inte väljas för nya eller ändrade punkter.' });
  // The item that has it keeps it through other changes, and can move to an active one.
  const edited = await app.request('PATCH', `/api/activities/${kept.json.key}`, { as: 'member', body: { title: 'Ny titel', category: 'Telefoni' }, headers: { 'if-match': '"1"' } });
  expect(edited.status).toBe(200);
  expect(edited.json.category).toBe('Telefoni');
  const moved = await app.request('PATCH', `/api/activities/${kept.json.key}`, { as: 'member', body: { category: 'Säkerhet' }, headers: { 'if-match': '"2"' } });
  expect(moved.json.category).toBe('Säkerhet');
  const back = await app.request('PATCH', `/api/activities/${kept.json.key}`, { as: 'member', body: { category: 'Telefoni' }, headers: { 'if-match': '"3"' } });
  expect(back.status).toBe(400);
  // Filtering by the new category finds what has it.
  expect((await app.request('GET', '/api/activities?category=Säkerhet')).json.items).toHaveLength(2);
});

it('refuses a member (403), a missing or stale If-Match (400/412 with the current list), and changes nothing', async () => {
  const { items } = (await get()).json as { items: Item[] };
  const more = [...items, { name: 'Säkerhet', en: null, retired: false }];
  expect((await put(more, 0, 'member')).status).toBe(403);
  expect((await put(more, null)).json.error).toMatchObject({ field: 'If-Match' });
  expect((await put(more, 0)).status).toBe(200);
  const stale = await put([...more, { name: 'Molntjänster', en: 'Cloud', retired: false }], 0);
  expect(stale.status).toBe(412);
  expect(stale.json.current).toMatchObject({ version: 1 });
  expect((await get()).json.items.map((c: Item) => c.name)).not.toContain('Molntjänster');
});

it.each([
  ['removing a category', (items: Item[]) => items.filter((c) => c.name !== 'Support'), 'items', /Support kan inte tas bort, bara avvecklas/],
  ['the same name twice', (items: Item[]) => [...items, { name: 'support', en: null, retired: false }], 'items.7.name', /Kategorin support finns redan/],
  ['an empty name', (items: Item[]) => [...items, { name: '  ', en: null, retired: false }], 'items.7.name', /måste fyllas i/],
  ['every one retired', (items: Item[]) => items.map((c) => ({ ...c, retired: true })), 'items', /Minst en kategori/],
  ['an unknown field', (items: Item[]) => [...items, { name: 'X', en: null, retired: false, colour: 'red' } as Item], 'items.7.colour', /Okänt fält/],
])('refuses %s with a 400 naming the field, and changes nothing', async (_what, change, field, message) => {
  const { items } = (await get()).json as { items: Item[] };
  const res = await put(change(items), 0);
  expect(res.status).toBe(400);
  expect(res.json.error.field).toBe(field);
  expect(res.json.error.message).toMatch(message);
  expect((await get()).json.version).toBe(0);
});

it('explains in English too', async () => {
  const res = await put([{ name: 'Licenser', en: null, retired: true }], 0, 'lead', 'en');
  expect(res.json.error.message).toBe('The category Utbildning cannot be removed, only retired: items may have it.');
});
