import { TestApp, startTestApp } from '../helpers/app';

/**
 * GET /api/people in dev mode: with demo data the demo directory (the demo staff with job
 * titles) answers searches as Graph would in the tenant; without demo data there is no
 * directory and the answer says so.
 */
describe('GET /api/people in dev mode', () => {
  let demo: TestApp;
  let bare: TestApp;
  beforeAll(async () => {
    [demo, bare] = await Promise.all([startTestApp({ SEED_DEMO: 'true' }), startTestApp()]);
  });
  afterAll(() => Promise.all([demo?.stop(), bare?.stop()]));

  it('with demo data, two letters search the demo directory: staff the app has not met, with job title and department', async () => {
    const res = await demo.request('GET', '/api/people?q=ka', { as: 'member' });
    expect(res.status).toBe(200);
    expect(res.json.directory).toBe('included');
    const strangers = res.json.items.filter((p: { jobTitle?: string; department?: string }) => p.jobTitle && p.department);
    expect(strangers.length).toBeGreaterThan(3);
    for (const p of res.json.items) expect(p.name.toLowerCase()).toMatch(/(^|\s)ka|ka/);
    // Known people first, then the directory's; each once.
    expect(new Set(res.json.items.map((p: { id: string }) => p.id)).size).toBe(res.json.items.length);
  });

  it('one letter, or none: the people the app knows, not searched', async () => {
    const res = await demo.request('GET', '/api/people?q=k', { as: 'member' });
    expect(res.json.directory).toBe('not_searched');
    expect(res.json.items.every((p: { jobTitle?: string }) => p.jobTitle === undefined)).toBe(true);
  });

  it('without demo data there is no directory', async () => {
    const res = await bare.request('GET', '/api/people?q=sara');
    expect(res.json).toEqual({ items: [{ id: expect.any(String), name: 'Sara Nilsson' }], directory: 'off' });
  });

  it('a too long q is refused with a localized 400, as before', async () => {
    const res = await bare.request('GET', `/api/people?q=${'x'.repeat(101)}`);
    expect(res.status).toBe(400);
  });
});
