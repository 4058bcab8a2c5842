import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bearerToken, createEntraTokenVerifier, entraDefaults } from './entraToken';
import { DEV_USERS, findDevUser } from './devUsers';
import { startFakeEntra, FAKE_USER, type FakeEntra } from '../../test/helpers/entraFake';

describe('Entra token verifier', () => {
  let entra: FakeEntra;
  let verify: ReturnType<typeof createEntraTokenVerifier>;

  beforeAll(async () => {
    entra = await startFakeEntra();
    verify = createEntraTokenVerifier(entra.settings);
  });
  afterAll(() => entra.close());

  const reasonOf = async (token: string) => {
    const result = await verify(token);
    if (result.ok) throw new Error('expected the token to be refused');
    expect(result.problem.kind).toBe('unauthorized');
    expect(result.problem.code).toBe('auth.invalidToken');
    return result.problem.params?.reason;
  };

  it('accepts a valid Teams SSO token and returns the user', async () => {
    const result = await verify(await entra.sign());
    expect(result).toEqual({
      ok: true,
      value: { objectId: FAKE_USER.oid, name: FAKE_USER.name, tenantId: entra.tenantId, email: FAKE_USER.preferred_username.toLowerCase() },
    });
  });

  it('keeps preferred_username as the address only when it is one (a sign-in name without @ is none)', async () => {
    const upper = await verify(await entra.sign({ preferred_username: 'Anna.Berg@Exempel.SE' }));
    expect(upper.ok && upper.value.email).toBe('anna.berg@exempel.se');
    const plain = await verify(await entra.sign({ preferred_username: 'anna.berg' }));
    expect(plain.ok && plain.value.email).toBeNull();
  });

  it('accepts the client id as audience too, and several scopes', async () => {
    const result = await verify(await entra.sign({ aud: entra.clientId, scp: 'User.Read access_as_user' }));
    expect(result.ok).toBe(true);
  });

  it('takes the name from preferred_username, then the object id', async () => {
    const noName = await verify(await entra.sign({ name: undefined }));
    expect(noName.ok && noName.value.name).toBe(FAKE_USER.preferred_username);
    const nothing = await verify(await entra.sign({ name: undefined, preferred_username: undefined }));
    expect(nothing.ok && nothing.value.name).toBe(FAKE_USER.oid);
  });

  it('fetches the JWKS once and reuses it', async () => {
    for (let i = 0; i < 3; i++) expect((await verify(await entra.sign())).ok).toBe(true);
    expect(entra.jwksRequests).toBe(1);
  });

  it.each([
    ['expired', () => entra.sign({}, { expiresIn: -3600 }), 'expired'],
    ['not yet valid', () => entra.sign({}, { notBefore: 3600 }), 'not_yet_valid'],
    ['for another audience', () => entra.sign({ aud: 'api://elsewhere/0000' }), 'audience'],
    ['from another issuer', () => entra.sign({ iss: 'https://login.microsoftonline.com/other/v2.0' }), 'issuer'],
    ['from another tenant', () => entra.sign({ tid: '99999999-9999-4999-8999-999999999999' }), 'tenant'],
    ['signed by a key not in the JWKS', () => entra.sign({}, { key: 'other' }), 'signature'],
    ['unsigned (alg none)', () => entra.sign({}, { alg: 'none' }), 'algorithm'],
    ['signed with another algorithm (RS384)', () => entra.sign({}, { alg: 'RS384' }), 'algorithm'],
    ['with an unknown kid', () => entra.sign({}, { kid: 'no-such-key' }), 'unknown_key'],
    ['without the scope', () => entra.sign({ scp: undefined }), 'scope'],
    ['with another scope only', () => entra.sign({ scp: 'User.Read' }), 'scope'],
    ['without an object id', () => entra.sign({ oid: undefined }), 'malformed'],
    ['without exp', () => entra.sign({ exp: undefined }), 'malformed'],
  ])('refuses a token %s', async (_name, make, reason) => {
    const token = await make();
    const result = await verify(token);
    expect(result.ok).toBe(false);
    expect(await reasonOf(token)).toBe(reason);
    // The reason is a word, never the token or a part of it.
    expect(JSON.stringify(result)).not.toContain(token.split('.')[1]);
  });

  it.each(['', 'not-a-token', 'a.b', 'a.b.c.d', 'Bearer x.y.z', 'e30.e30.', '%%%.%%%.%%%'])(
    'refuses the malformed string %j',
    async (token) => {
      expect(await reasonOf(token)).toBe('malformed');
    },
  );

  it('refuses tokens far too large to be an access token', async () => {
    expect(await reasonOf(`${'a'.repeat(20_000)}.b.c`)).toBe('malformed');
  });

  it('honours the clock tolerance', async () => {
    const lenient = createEntraTokenVerifier({ ...entra.settings, clockToleranceSeconds: 120 });
    const strict = createEntraTokenVerifier({ ...entra.settings, clockToleranceSeconds: 0 });
    const justExpired = await entra.sign({}, { expiresIn: -60 });
    expect((await lenient(justExpired)).ok).toBe(true);
    expect(await reasonFromVerifier(strict, justExpired)).toBe('expired');
  });

  it('answers jwks_unavailable, without throwing, when the keys cannot be fetched', async () => {
    const down = createServer((_req, res) => {
      res.writeHead(503);
      res.end();
    });
    await new Promise<void>((resolve) => down.listen(0, '127.0.0.1', resolve));
    const { port } = down.address() as AddressInfo;
    try {
      const failing = createEntraTokenVerifier({ ...entra.settings, jwksUrl: `http://127.0.0.1:${port}/keys` });
      expect(await reasonFromVerifier(failing, await entra.sign())).toBe('jwks_unavailable');
    } finally {
      down.closeAllConnections();
      await new Promise<void>((resolve) => down.close(() => resolve()));
    }
    const refused = createEntraTokenVerifier({ ...entra.settings, jwksUrl: `http://127.0.0.1:${port}/keys` });
    expect(await reasonFromVerifier(refused, await entra.sign())).toBe('jwks_unavailable');
  });
});

async function reasonFromVerifier(verify: ReturnType<typeof createEntraTokenVerifier>, token: string) {
  const result = await verify(token);
  return result.ok ? 'accepted' : result.problem.params?.reason;
}

describe('entraDefaults', () => {
  it('builds the v2 issuer, the JWKS address and both audiences', () => {
    expect(entraDefaults('tid-1', 'client-1')).toEqual({
      issuer: 'https://login.microsoftonline.com/tid-1/v2.0',
      jwksUrl: 'https://login.microsoftonline.com/tid-1/discovery/v2.0/keys',
      audiences: ['client-1', 'api://client-1'],
    });
    expect(entraDefaults('tid-1', 'client-1', 'api://app.example.se/client-1').audiences).toEqual([
      'client-1',
      'api://app.example.se/client-1',
    ]);
  });
});

describe('bearerToken', () => {
  it.each([
    ['Bearer abc.def.ghi', 'abc.def.ghi'],
    ['bearer abc.def.ghi', 'abc.def.ghi'],
    ['BEARER   abc.def.ghi  ', 'abc.def.ghi'],
    ['  Bearer abc', 'abc'],
  ])('reads %j', (header, token) => {
    expect(bearerToken(header)).toBe(token);
  });

  it.each([undefined, '', 'Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', 'abc.def.ghi', 'Bearer a b', 'Bearerabc'])(
    'gives null for %j',
    (header) => {
      expect(bearerToken(header)).toBeNull();
    },
  );
});

describe('findDevUser', () => {
  it('gives the demo förvaltningsledare by default', () => {
    const lead = findDevUser(undefined);
    expect(lead).toMatchObject({ alias: 'lead', role: 'förvaltningsledare', rights: [], tenantId: 'dev-tenant' });
  });

  it('finds a user by alias (any case) or by object id', () => {
    expect(findDevUser('owner')).toMatchObject({ name: 'Anders Berg', role: 'member', rights: ['projektägare'] });
    expect(findDevUser('READER')?.role).toBe('reader');
    const member2 = DEV_USERS.find((u) => u.alias === 'member2')!;
    expect(findDevUser(member2.id)).toBe(member2);
  });

  it('gives undefined for someone unknown', () => {
    expect(findDevUser('nobody')).toBeUndefined();
  });

  it('has the seeded cast with unique ids and aliases', () => {
    expect(DEV_USERS.map((u) => u.alias)).toEqual(
      expect.arrayContaining(['lead', 'owner', 'member', 'member2', 'reader', 'systemowner']),
    );
    expect(new Set(DEV_USERS.map((u) => u.id)).size).toBe(DEV_USERS.length);
    expect(new Set(DEV_USERS.map((u) => u.alias)).size).toBe(DEV_USERS.length);
    expect(findDevUser('systemowner')?.role).toBe('reader');
    expect(DEV_USERS.filter((u) => u.rights.includes('projektägare')).map((u) => u.alias)).toEqual(['owner']);
  });
});
