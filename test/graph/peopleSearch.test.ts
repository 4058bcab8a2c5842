import { FAKE_USER } from '../helpers/entraFake';
import { waitFor } from '../helpers/serverProcess';
import { DIRECTORY, Tenant, startTenant } from './graphFixture';

/**
 * GET /api/people?q= in the tenant: the built server in AUTH_MODE=entra exchanges the caller's
 * SSO token on their behalf at the fake Entra ID and searches the fake Microsoft Graph; when
 * Graph cannot help it still answers with the people the app knows, and only a missing consent
 * is the caller's to fix.
 */
jest.setTimeout(60_000);

const OTHER = { oid: 'aaaaaaaa-0000-4000-8000-000000000002', name: 'Johan Ek', preferred_username: 'johan.ek@example.se' };
const namesOf = (answer: { items: { name: string }[] }) => answer.items.map((p) => p.name);

describe('the people search through Microsoft Graph', () => {
  let tenant: Tenant;
  beforeAll(async () => {
    tenant = await startTenant();
  });
  afterAll(() => tenant?.stop());

  it('from two letters: one on-behalf-of exchange with the caller\'s token, then /me/people and /users, merged', async () => {
    const res = await tenant.get('/api/people?q=ka');
    expect(res.status).toBe(200);
    expect(res.json.directory).toBe('included');
    expect(namesOf(res.json)).toEqual(expect.arrayContaining(['Karin Holm', 'Karl Åberg', 'Katarina Ström']));
    expect(namesOf(res.json)).not.toContain('Olof Lind');
    // Each person once, though both requests found them.
    expect(new Set(res.json.items.map((p: { id: string }) => p.id)).size).toBe(res.json.items.length);
    // /me/people carries job title and department; the basic profile from /users does not.
    expect(res.json.items.find((p: { name: string }) => p.name === 'Karin Holm')).toMatchObject({
      id: DIRECTORY[0]!.id,
      mail: 'karin.holm@example.se',
      jobTitle: 'Universitetslektor',
      department: 'Institutionen för pedagogik',
    });

    const exchanges = tenant.entra.tokenRequests;
    expect(exchanges).toHaveLength(1);
    expect(exchanges[0]).toMatchObject({
      grantType: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      requestedTokenUse: 'on_behalf_of',
      clientId: tenant.entra.clientId,
      clientSecretMatched: true,
      assertionOid: FAKE_USER.oid,
      status: 200,
    });
    expect(exchanges[0]!.scope.split(' ')).toContain(`${tenant.graph.url}/.default`);

    const calls = tenant.graph.received.map((r) => `${r.method} ${r.path}`).sort();
    expect(calls).toEqual(['GET /v1.0/me/people', 'GET /v1.0/users']);
    const users = tenant.graph.received.find((r) => r.path === '/v1.0/users')!;
    expect(users.consistencyLevel).toBe('eventual');
    expect(users.query.$search).toBe('"displayName:ka" OR "mail:ka"');
    expect(tenant.graph.received.every((r) => r.caller === FAKE_USER.oid && r.status === 200)).toBe(true);
  });

  it('asks Graph nothing for one letter or none: the people the app knows, as before', async () => {
    const before = tenant.graph.received.length;
    for (const path of ['/api/people', '/api/people?q=k', '/api/people?q=%20k%20']) {
      const res = await tenant.get(path);
      expect(res.status).toBe(200);
      expect(res.json.directory).toBe('not_searched');
      expect(namesOf(res.json)).toEqual(path === '/api/people' ? [FAKE_USER.name] : []);
    }
    expect(tenant.graph.received.length).toBe(before);
  });

  it('keeps an answer briefly, and a new search by the same token needs no new exchange', async () => {
    const exchanges = tenant.entra.tokenRequests.length;
    const calls = tenant.graph.received.length;
    expect((await tenant.get('/api/people?q=KA')).json.directory).toBe('included');
    expect(tenant.graph.received.length).toBe(calls);
    expect(namesOf((await tenant.get('/api/people?q=olof')).json)).toEqual(['Olof Lind']);
    expect(tenant.graph.received.length).toBe(calls + 2);
    // The same SSO token: MSAL's cache (keyed by the assertion) answers, no second exchange.
    expect(tenant.entra.tokenRequests.length).toBe(exchanges);
  });

  it('without the caller\'s consent: 403 consent_required with a localized message, and nothing else breaks', async () => {
    tenant.entra.withoutConsent.add(OTHER.oid);
    const sv = await tenant.get('/api/people?q=ol', OTHER);
    expect(sv.status).toBe(403);
    expect(sv.json.error).toMatchObject({ code: 'consent_required', reason: 'graph.consentRequired' });
    expect(sv.json.error.message).toMatch(/samtycke/);
    const en = await tenant.get('/api/people?q=ol', OTHER, 'en');
    expect(en.json.error.message).toMatch(/consent/);
    expect(tenant.entra.tokenRequests.at(-1)).toMatchObject({ assertionOid: OTHER.oid, status: 400 });
    // The people the app knows still come back without a search.
    expect((await tenant.get('/api/people', OTHER)).status).toBe(200);
    tenant.entra.withoutConsent.delete(OTHER.oid);
    expect((await tenant.get('/api/people?q=ol', OTHER)).json.directory).toBe('included');
  });

  it('Graph refusing (403 on both requests) is a consent to ask for; a token Graph rejects (401) is an outage', async () => {
    tenant.graph.fault({ status: 403, times: 2, body: { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' } } });
    const refused = await tenant.get('/api/people?q=kat');
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe('consent_required');

    tenant.graph.fault({ status: 401, times: 2 });
    const rejected = await tenant.get('/api/people?q=karl');
    expect(rejected.status).toBe(200);
    expect(rejected.json.directory).toBe('unavailable');
  });

  it('the consent step: /auth/consent sends the person to Entra ID\'s consent page for the search\'s permissions, and back to the tab', async () => {
    const res = await fetch(`${tenant.server.url}/auth/consent?hint=maria.lindqvist%40example.se`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(`${tenant.entra.authorityHost}/${tenant.entra.tenantId}/oauth2/v2.0/authorize`);
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      client_id: tenant.entra.clientId,
      prompt: 'consent',
      response_type: 'code',
      login_hint: 'maria.lindqvist@example.se',
      redirect_uri: `${tenant.server.url.replace('127.0.0.1', 'localhost')}/tab/consent-done.html`,
    });
    expect(location.searchParams.get('scope')!.split(' ')).toEqual(['openid', `${tenant.graph.url}/People.Read`, `${tenant.graph.url}/User.ReadBasic.All`]);
  });

  it('one of the two requests is enough: /users refused, /me/people answers', async () => {
    tenant.graph.fault({ path: '/v1.0/users', status: 403 });
    const res = await tenant.get('/api/people?q=kari');
    expect(res.status).toBe(200);
    expect(res.json.directory).toBe('included');
    expect(namesOf(res.json)).toEqual(['Karin Holm']);
  });
});

describe('when Graph or Entra cannot help, the app answers with what it knows', () => {
  let tenant: Tenant;
  beforeAll(async () => {
    tenant = await startTenant();
  });
  afterAll(() => tenant?.stop());

  const unavailable = async (path: string) => {
    const res = await tenant.get(path);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ items: [], directory: 'unavailable' });
    return res;
  };

  it('429 with Retry-After: answered at once without retries, and Graph is left alone for as long as it asked', async () => {
    tenant.graph.fault({ status: 429, headers: { 'retry-after': '2' }, times: 2 });
    const before = tenant.graph.received.length;
    await unavailable('/api/people?q=ka');
    expect(tenant.graph.received.length).toBe(before + 2);
    // Within the Retry-After: no request reaches Graph.
    await unavailable('/api/people?q=ol');
    expect(tenant.graph.received.length).toBe(before + 2);
    await new Promise((r) => setTimeout(r, 2100));
    expect((await tenant.get('/api/people?q=ol')).json.directory).toBe('included');
  });

  it('a Graph that does not answer in time (GRAPH_TIMEOUT_MS 1.5 s): the app answers before the fake would', async () => {
    tenant.graph.fault({ status: 200, delayMs: 6000, times: 2, body: { value: [] } });
    const res = await unavailable('/api/people?q=karin');
    expect(res.ms).toBeLessThan(6000);
  });

  it('the token service busy (503), or slower than the deadline', async () => {
    // New people, so their searches need an exchange of their own.
    const busy = { oid: 'cccccccc-0000-4000-8000-000000000001', name: 'Ny Person' };
    const slow = { oid: 'cccccccc-0000-4000-8000-000000000002', name: 'Annan Person' };
    const exchanges = tenant.entra.tokenRequests.length;
    tenant.entra.fault({ status: 503 });
    const first = await tenant.get('/api/people?q=kata', busy);
    expect(first.json).toEqual({ items: [], directory: 'unavailable' });
    expect(tenant.entra.tokenRequests.slice(exchanges).map((r) => r.status)).toEqual([503]);
    tenant.entra.fault({ status: 200, delayMs: 6000, body: {} });
    const second = await tenant.get('/api/people?q=katar', slow);
    expect(second.json).toEqual({ items: [], directory: 'unavailable' });
    expect(second.ms).toBeLessThan(6000);
  });

  it('503 from Graph, then it recovers', async () => {
    tenant.graph.fault({ status: 503, times: 2, headers: { 'retry-after': '1' } });
    await unavailable('/api/people?q=kar');
    await new Promise((r) => setTimeout(r, 1100));
    expect((await tenant.get('/api/people?q=kar')).json.directory).toBe('included');
  });

  it('no 5xx was answered and the log names the reasons, never a token', () => {
    const out = tenant.server.output();
    expect(out).toMatch(/"reason":"throttled"/);
    expect(out).toMatch(/"reason":"timeout"/);
    expect(out).toMatch(/"reason":"token"/);
    expect(out).not.toMatch(/eyJ[A-Za-z0-9_-]{20,}/);
    expect(out).not.toMatch(/"statusCode":5\d\d/);
  });
});

describe('unreachable', () => {
  it('a Graph or an Entra ID nobody answers at: the app answers with what it knows, and says why in its log', async () => {
    // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    const unreachable: Record<string, string>[] = [{ GRAPH_ENDPOINT: 'https://127.0.0.1:9' }, { AUTH_AUTHORITY_HOST: 'https://127.0.0.1:9' }];
    for (const env of unreachable) {
      const tenant = await startTenant(env);
      try {
        const res = await tenant.get('/api/people?q=ka');
        expect(res.status).toBe(200);
        expect(res.json).toEqual({ items: [], directory: 'unavailable' });
        // The log line travels through the child's pipe: it may come a moment after the answer.
        expect(await waitFor(() => /"call":"people","failure":"outage"/.test(tenant.server.output()), 5_000)).toBe(true);
      } finally {
        await tenant.stop();
      }
    }
  });
});

describe('GRAPH=off', () => {
  it('answers with the people the app knows and says the directory is off', async () => {
    const tenant = await startTenant({ GRAPH: 'off' });
    try {
      const res = await tenant.get('/api/people?q=ka');
      expect(res.json).toEqual({ items: [], directory: 'off' });
      // Nothing to consent to.
      expect((await fetch(`${tenant.server.url}/auth/consent`, { redirect: 'manual' })).status).toBe(404);
      expect(tenant.graph.received).toHaveLength(0);
      expect(tenant.entra.tokenRequests).toHaveLength(0);
    } finally {
      await tenant.stop();
    }
  });
});
