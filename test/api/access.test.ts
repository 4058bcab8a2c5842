import { TestApp, startTestApp } from '../helpers/app';

/**
 * Rights, one model (dev mode, the demo users): GET /api/me says the role, the rights and where
 * each came from; a förvaltningsledare grants and withdraws rights in Inställningar › Roller
 * (POST/DELETE /api/rights with If-Match), each change an entry in the trail; what a right
 * allows follows at once.
 */
describe('rights and where roles come from', () => {
  let app: TestApp;
  const JOHAN = { id: '11111111-1111-4111-8111-000000000003', name: 'Johan Ek' };
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.stop());

  it('GET /api/me: the demo users\' roles and rights, with their source', async () => {
    const lead = await app.request('GET', '/api/me');
    expect(lead.json.access).toEqual({ role: 'förvaltningsledare', roleSource: 'demo', rights: [] });
    const owner = await app.request('GET', '/api/me', { as: 'owner' });
    expect(owner.json.access).toEqual({ role: 'member', roleSource: 'demo', rights: [{ right: 'projektägare', source: 'demo' }] });
    expect(owner.json.rights).toEqual(['projektägare']);
    expect(owner.json.permissions['checklist.sign.projektägare']).toBe(true);
  });

  it('a förvaltningsledare grants a right: it shows in /api/me and allows what it allows, at once', async () => {
    expect((await app.request('GET', '/api/me', { as: 'member' })).json.permissions['checklist.sign.projektägare']).toBe(false);
    const overview = await app.request('GET', '/api/access', { as: 'member' });
    expect(overview.status).toBe(200);
    expect(overview.json).toMatchObject({ team: null, roster: [], rostersFromGraph: false, rights: { version: 0, grants: [] } });

    const granted = await app.request('POST', '/api/rights', { body: { right: 'projektägare', person: JOHAN }, headers: { 'if-match': '"0"' } });
    expect(granted.status).toBe(200);
    expect(granted.headers.get('etag')).toBe('"1"');
    expect(granted.json.grants).toEqual([
      { right: 'projektägare', person: JOHAN, grantedBy: { id: expect.any(String), name: 'Maria Lindqvist' }, grantedAt: expect.any(String) },
    ]);
    const me = await app.request('GET', '/api/me', { as: 'member' });
    expect(me.json.rights).toEqual(['projektägare']);
    expect(me.json.access.rights).toEqual([{ right: 'projektägare', source: 'granted', grantedBy: { id: expect.any(String), name: 'Maria Lindqvist' }, grantedAt: expect.any(String) }]);
    expect(me.json.permissions['checklist.sign.projektägare']).toBe(true);

    // The same grant again changes nothing (and writes no entry).
    const again = await app.request('POST', '/api/rights', { body: { right: 'projektägare', person: JOHAN }, headers: { 'if-match': '"1"' } });
    expect(again.json.version).toBe(1);
  });

  it('refuses: a stale version (412 with the current rights), a member (403), an unknown right (400), no If-Match (428 or 400)', async () => {
    const stale = await app.request('POST', '/api/rights', { body: { right: 'projektägare', person: { id: 'x-1', name: 'X' } }, headers: { 'if-match': '"0"' } });
    expect(stale.status).toBe(412);
    expect(stale.json.current.version).toBe(1);
    const member = await app.request('POST', '/api/rights', { as: 'member', body: { right: 'projektägare', person: { id: 'x-1', name: 'X' } }, headers: { 'if-match': '"1"' } });
    expect(member.status).toBe(403);
    const unknown = await app.request('POST', '/api/rights', { body: { right: 'kung', person: { id: 'x-1', name: 'X' } }, headers: { 'if-match': '"1"' } });
    expect(unknown.status).toBe(400);
    const bare = await app.request('POST', '/api/rights', { body: { right: 'projektägare', person: { id: 'x-1', name: 'X' } } });
    expect(bare.status).toBeGreaterThanOrEqual(400);
    expect((await app.request('GET', '/api/access', { as: 'reader' })).status).toBe(403);
    expect((await app.request('GET', '/api/rights', {})).status).toBe(405);
  });

  it('withdrawing: the right is gone at once; withdrawing it again is 404; the trail has both entries', async () => {
    const withdrawn = await app.request('DELETE', `/api/rights/projektägare/${JOHAN.id}`, { headers: { 'if-match': '"1"' } });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.json).toEqual({ version: 2, grants: [] });
    expect((await app.request('GET', '/api/me', { as: 'member' })).json.rights).toEqual([]);
    const again = await app.request('DELETE', `/api/rights/projektägare/${JOHAN.id}`, { headers: { 'if-match': '"2"' } });
    expect(again.status).toBe(404);

    const trail = await app.request('GET', '/api/audit?type=rights&order=oldest');
    expect(trail.status).toBe(200);
    expect(trail.json.entries.map((e: { action: string }) => e.action)).toEqual(['rights.granted', 'rights.withdrawn']);
  });
});
