import { TestApp, startTestApp } from '../helpers/app';
import { FAKE_USER, FakeEntra, startFakeEntra } from '../helpers/entraFake';

/**
 * AUTH_MODE=entra: every /api call needs a Teams SSO token. Tokens are signed by a fake Entra
 * whose JWKS is served on 127.0.0.1; the server fetches and checks it like the real one.
 */
let entra: FakeEntra;
let app: TestApp;
const MEMBER = { oid: '22222222-0000-4000-8000-000000000002', name: 'Johan Ek' };
const OWNER = { oid: '22222222-0000-4000-8000-000000000003', name: 'Anders Berg' };

beforeAll(async () => {
  entra = await startFakeEntra();
  app = await startTestApp({
    ...entra.env,
    ROLE_FORVALTNINGSLEDARE: FAKE_USER.oid,
    ROLE_MEMBERS: MEMBER.oid,
    ROLE_PROJEKTAGARE: OWNER.oid,
  });
});
afterAll(async () => {
  await app.stop();
  await entra.close();
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('Entra ID sign-in on /api', () => {
  it('a valid token is accepted; identity and role come from the token and the role lists', async () => {
    const me = await app.request('GET', '/api/me', { headers: bearer(await entra.sign()) });
    expect(me.status).toBe(200);
    expect(me.json).toMatchObject({ id: FAKE_USER.oid, name: FAKE_USER.name, role: 'förvaltningsledare', authMode: 'entra' });
    const member = await app.request('GET', '/api/me', { headers: bearer(await entra.sign({ oid: MEMBER.oid, name: MEMBER.name })) });
    expect(member.json).toMatchObject({ role: 'member', rights: [], permissions: { 'activity.edit': true } });
    const stranger = await app.request('GET', '/api/me', { headers: bearer(await entra.sign({ oid: 'someone-else', name: 'Ny Person' })) });
    expect(stranger.json).toMatchObject({ role: 'reader', permissions: { 'activity.edit': false } });
  });

  const invalid: [string, () => Promise<Record<string, string>>, string | null][] = [
    ['missing', async () => ({}), null],
    ['not a bearer token', async () => ({ authorization: 'Basic dXNlcjpwYXNz' }), null],
    ['expired', async () => bearer(await entra.sign({}, { expiresIn: -3600 })), 'expired'],
    ['not yet valid', async () => bearer(await entra.sign({}, { notBefore: 3600 })), 'not_yet_valid'],
    ['wrong audience', async () => bearer(await entra.sign({ aud: 'api://elsewhere/123' })), 'audience'],
    ['wrong issuer', async () => bearer(await entra.sign({ iss: 'https://login.microsoftonline.com/other/v2.0' })), 'issuer'],
    ['wrong tenant', async () => bearer(await entra.sign({ tid: '99999999-9999-4999-8999-999999999999' })), 'tenant'],
    ['bad signature', async () => bearer(await entra.sign({}, { key: 'other' })), 'signature'],
    ['alg none', async () => bearer(await entra.sign({}, { alg: 'none' })), 'algorithm'],
    ['unknown kid', async () => bearer(await entra.sign({}, { kid: 'no-such-key' })), 'unknown_key'],
    ['missing scope', async () => bearer(await entra.sign({ scp: 'User.Read' })), 'scope'],
    ['garbage', async () => bearer('not.a.jwt'), 'malformed'],
  ];

  it.each(invalid)('%s → 401, localized, and nothing is written', async (_name, headers, reason) => {
    const before = (await app.request('GET', '/api/activities', { headers: bearer(await entra.sign()) })).json.count;
    const res = await app.request('POST', '/api/activities', {
      headers: await headers(),
      body: { title: 'Ska inte sparas', category: 'Övrigt' },
    });
    expect(res.status).toBe(401);
    expect(res.json.error.code).toBe('unauthorized');
    if (reason) expect(res.json.error.message).toContain(`(${reason})`);
    expect(res.json.error.message).toMatch(/Logga in|Inloggning/);
    const after = (await app.request('GET', '/api/activities', { headers: bearer(await entra.sign()) })).json.count;
    expect(after).toBe(before);
  });

  it('X-Dev-User is ignored outside dev mode', async () => {
    const res = await app.request('GET', '/api/me', { headers: { 'x-dev-user': 'lead' } });
    expect(res.status).toBe(401);
  });

  it('roles are enforced: a member may edit but not sign off; the configured project owner may sign as projektägare', async () => {
    const memberToken = await entra.sign({ oid: MEMBER.oid, name: MEMBER.name });
    const created = await app.request('POST', '/api/activities', {
      headers: bearer(memberToken),
      body: { title: 'Rutin för gäståtkomst', category: 'Support' },
    });
    expect(created.status).toBe(201);
    expect(created.json.createdBy).toEqual({ id: MEMBER.oid, name: MEMBER.name });
    const signOff = await app.request('POST', '/api/checklist/sign-off', { headers: bearer(memberToken), body: { role: 'förvaltningsledare' } });
    expect(signOff.status).toBe(403);
    const readerToken = await entra.sign({ oid: 'reader-1', name: 'Karin Holm' });
    const readerWrite = await app.request('POST', '/api/activities', { headers: bearer(readerToken), body: { title: 'x', category: 'Övrigt' } });
    expect(readerWrite.status).toBe(403);
    expect(readerWrite.json.error.message).toContain('läsare');
    const ownerToken = await entra.sign({ oid: OWNER.oid, name: OWNER.name });
    const owner = await app.request('POST', '/api/checklist/sign-off', { headers: bearer(ownerToken), body: { role: 'projektägare' } });
    expect(owner.status).toBe(200);
  });

  it('a write from another web site with a valid token is judged by the token alone (the cross-site rule is for dev mode)', async () => {
    const res = await app.request('POST', '/api/activities', {
      headers: { ...bearer(await entra.sign()), origin: 'https://elsewhere.example' },
      body: { title: 'Från en annan sida', category: 'Övrigt' },
    });
    expect(res.status).toBe(201);
  });

  it('when the keys cannot be fetched the answer is 503 with Retry-After, not 401', async () => {
    const broken = await startTestApp({ ...entra.env, AUTH_JWKS_URL: 'http://127.0.0.1:9/keys' });
    try {
      const res = await broken.request('GET', '/api/me', { headers: bearer(await entra.sign()), lang: 'en' });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(res.json.error).toMatchObject({ code: 'unavailable', reason: 'auth.signInUnavailable' });
      expect(res.json.error.message).toMatch(/cannot be checked right now/);
    } finally {
      await broken.stop();
    }
  });
});
