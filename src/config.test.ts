import { ConfigError, loadConfig } from './config';

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  return 'accepted';
};

describe('config', () => {
  it('has working defaults for a newcomer: port 3978, SQLite in ./data, Swedish, Stockholm, dev sign-in', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3978,
      host: '127.0.0.1',
      dataDir: './data',
      storage: { backend: 'sqlite' },
      defaultLocale: 'sv',
      timeZone: 'Europe/Stockholm',
      seedDemo: true,
      auth: { mode: 'dev' },
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ STORAGE: 'mongo' }, 'STORAGE'],
    [{ DEFAULT_LOCALE: 'de' }, 'DEFAULT_LOCALE'],
    [{ TIME_ZONE: 'Europe/Stockholmm' }, 'TIME_ZONE'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO'],
    [{ AUTH_MODE: 'none' }, 'AUTH_MODE'],
    [{ AUTH_MODE: 'entra' }, 'AUTH_TENANT_ID'],
    [{ AUTH_MODE: 'entra', AUTH_TENANT_ID: 't', AUTH_CLIENT_ID: 'c', AUTH_JWKS_URL: 'not a url' }, 'AUTH_JWKS_URL'],
  ])('a bad value stops the start and names the variable: %j', (env, variable) => {
    expect(problemsOf(env)).toContain(`${variable}:`);
  });

  it('chooses Azure Table Storage with STORAGE=azure-table: by endpoint and managed identity, or by connection string', () => {
    expect(loadConfig({ STORAGE: 'azure-table', AZURE_TABLE_ENDPOINT: 'https://fst1.table.core.windows.net', AZURE_CLIENT_ID: 'mi-1' }).storage).toEqual({
      backend: 'azure-table',
      tableName: 'forvaltningsstod',
      endpoint: 'https://fst1.table.core.windows.net',
      connectionString: null,
      managedIdentityClientId: 'mi-1',
    });
    expect(loadConfig({ STORAGE: 'azure-table', AZURE_TABLE_CONNECTION_STRING: 'UseDevelopmentStorage=true', AZURE_TABLE_NAME: 'fvsTest1' }).storage).toMatchObject({
      backend: 'azure-table',
      tableName: 'fvsTest1',
      connectionString: 'UseDevelopmentStorage=true',
    });
    expect(problemsOf({ STORAGE: 'azure-table' })).toMatch(/AZURE_TABLE_ENDPOINT: is required when STORAGE=azure-table/);
    expect(problemsOf({ STORAGE: 'azure-table', AZURE_TABLE_ENDPOINT: 'not a url' })).toContain('AZURE_TABLE_ENDPOINT:');
    expect(problemsOf({ STORAGE: 'azure-table', AZURE_TABLE_ENDPOINT: 'https://x.table.core.windows.net', AZURE_TABLE_NAME: 'bad-name' })).toContain('AZURE_TABLE_NAME:');
  });

  it('refuses dev sign-in on a non-loopback host or in production, and says why', () => {
    expect(problemsOf({ HOST: '0.0.0.0' })).toMatch(/AUTH_MODE: dev .* loopback HOST \(HOST is 0\.0\.0\.0\)/);
    expect(problemsOf({ NODE_ENV: 'production' })).toMatch(/AUTH_MODE: .*NODE_ENV=production/);
    expect(problemsOf({ HOST: '::1' })).toBe('accepted');
    expect(problemsOf({ HOST: 'localhost' })).toBe('accepted');
    expect(problemsOf({ HOST: '0.0.0.0', AUTH_MODE: 'entra', AUTH_TENANT_ID: 't', AUTH_CLIENT_ID: 'c' })).toBe('accepted');
  });

  it('derives the Entra issuer, JWKS and audiences from tenant and client id, and reads role lists', () => {
    const c = loadConfig({
      AUTH_MODE: 'entra',
      AUTH_TENANT_ID: 'tid-1',
      AUTH_CLIENT_ID: 'cid-1',
      ROLE_FORVALTNINGSLEDARE: 'a, b',
      ROLE_MEMBERS: 'c',
      ROLE_PROJEKTAGARE: '',
    });
    expect(c.auth).toEqual({
      mode: 'entra',
      tenantId: 'tid-1',
      clientId: 'cid-1',
      audiences: ['cid-1', 'api://cid-1'],
      issuer: 'https://login.microsoftonline.com/tid-1/v2.0',
      jwksUrl: 'https://login.microsoftonline.com/tid-1/discovery/v2.0/keys',
      scope: 'access_as_user',
    });
    expect(c.roles).toEqual({ leads: ['a', 'b'], members: ['c'], projectOwners: [] });
  });

  it('takes TEST_CRASH_AT as a test hook: a known point and the n-th time, never in production', () => {
    expect(loadConfig({}).testCrashAt).toBeNull();
    expect(loadConfig({ TEST_CRASH_AT: 'training.committed' }).testCrashAt).toEqual({ point: 'training.committed', nth: 1 });
    expect(loadConfig({ TEST_CRASH_AT: 'notices.collected:3' }).testCrashAt).toEqual({ point: 'notices.collected', nth: 3 });
    expect(() => loadConfig({ TEST_CRASH_AT: 'training-committed' })).toThrow(/TEST_CRASH_AT: must be <point>/);
    expect(() => loadConfig({ TEST_CRASH_AT: 'training.committed', NODE_ENV: 'production', AUTH_MODE: 'entra', AUTH_TENANT_ID: 't', AUTH_CLIENT_ID: 'c' })).toThrow(
      /TEST_CRASH_AT: stops the process on purpose/,
    );
  });

  it('runs the bot anonymously on a loopback host without BOT_ID, switches it off elsewhere, and reads the bot variables', () => {
    expect(loadConfig({}).bot).toEqual({ mode: 'anonymous' });
    expect(loadConfig({ HOST: '0.0.0.0', AUTH_MODE: 'entra', AUTH_TENANT_ID: 't', AUTH_CLIENT_ID: 'c' }).bot).toEqual({ mode: 'off' });
    expect(loadConfig({ NODE_ENV: 'production', AUTH_MODE: 'entra', AUTH_TENANT_ID: 't', AUTH_CLIENT_ID: 'c' }).bot).toEqual({ mode: 'off' });
    expect(loadConfig({ BOT_ID: 'app-id', BOT_TENANT_ID: 'tid', BOT_PASSWORD: 's3cret' }).bot).toEqual({
      mode: 'authenticated',
      appId: 'app-id',
      appType: 'SingleTenant',
      tenantId: 'tid',
      password: 's3cret',
      openIdMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
    });
    expect(loadConfig({ BOT_ID: 'app-id', BOT_TYPE: 'UserAssignedMSI', BOT_TENANT_ID: 'tid' }).bot).toMatchObject({ appType: 'UserAssignedMSI', password: null });
    expect(loadConfig({ BOT_ID: 'a', BOT_TENANT_ID: 't', BOT_PASSWORD: 's', BOT_OPENID_METADATA_URL: 'http://127.0.0.1:9/openid' }).bot).toMatchObject({ openIdMetadataUrl: 'http://127.0.0.1:9/openid' });
    expect(() => loadConfig({ BOT_OPENID_METADATA_URL: 'login.botframework.com' })).toThrow(/BOT_OPENID_METADATA_URL: must be the URL/);
    const c = loadConfig({ PUBLIC_URL: 'https://fs.example.se/', NOTIFIER_INTERVAL_MS: '0', CALENDAR_SIGNING_KEY: 'k'.repeat(32) });
    expect([c.publicUrl, c.notifierIntervalMs, c.calendarSigningKey]).toEqual(['https://fs.example.se', 0, 'k'.repeat(32)]);
    expect([loadConfig({}).publicUrl, loadConfig({}).notifierIntervalMs, loadConfig({}).calendarSigningKey]).toEqual([null, 30_000, null]);
  });

  it('reads the follow-up\'s send rate, job lease and Teams app id, with defaults', () => {
    const d = loadConfig({});
    expect([d.sendRatePerSecond, d.jobLeaseMs, d.teamsAppId]).toEqual([30, 30_000, null]);
    const c = loadConfig({ SEND_RATE_PER_SECOND: '12.5', JOB_LEASE_MS: '5000', TEAMS_APP_ID: 'A1B2C3D4-0000-4000-8000-000000000001' });
    expect([c.sendRatePerSecond, c.jobLeaseMs, c.teamsAppId]).toEqual([12.5, 5000, 'A1B2C3D4-0000-4000-8000-000000000001']);
  });

  it.each([
    [{ BOT_ID: 'app' }, 'BOT_TENANT_ID'],
    [{ BOT_ID: 'app', BOT_TENANT_ID: 't' }, 'BOT_PASSWORD'],
    [{ BOT_TYPE: 'MultiTenant' }, 'BOT_TYPE'],
    [{ PUBLIC_URL: 'fs.example.se' }, 'PUBLIC_URL'],
    [{ PUBLIC_URL: 'ftp://fs.example.se' }, 'PUBLIC_URL'],
    [{ NOTIFIER_INTERVAL_MS: 'often' }, 'NOTIFIER_INTERVAL_MS'],
    [{ CALENDAR_SIGNING_KEY: 'short' }, 'CALENDAR_SIGNING_KEY'],
    [{ SEND_RATE_PER_SECOND: '80' }, 'SEND_RATE_PER_SECOND'],
    [{ SEND_RATE_PER_SECOND: 'fast' }, 'SEND_RATE_PER_SECOND'],
    [{ JOB_LEASE_MS: '10' }, 'JOB_LEASE_MS'],
    [{ TEAMS_APP_ID: 'my-app' }, 'TEAMS_APP_ID'],
  ])('a bad bot setting stops the start and names the variable: %j', (env, variable) => {
    expect(problemsOf(env)).toContain(`${variable}:`);
  });

  it('never puts the bot password in an error message', () => {
    expect(problemsOf({ BOT_ID: 'app', BOT_PASSWORD: 'top-secret-value' })).not.toContain('top-secret-value');
  });
  describe('Microsoft Graph', () => {
    const entra = { AUTH_MODE: 'entra', AUTH_TENANT_ID: 't', AUTH_CLIENT_ID: 'c' };
    it('is on with Entra sign-in and a client secret, on Microsoft\'s hosts unless told otherwise', () => {
      expect(loadConfig({ ...entra, AUTH_CLIENT_SECRET: 's3cret' }).graph).toEqual({
        mode: 'on',
        tenantId: 't',
        clientId: 'c',
        authorityHost: 'https://login.microsoftonline.com',
        endpoint: 'https://graph.microsoft.com',
        credential: { kind: 'secret', secret: 's3cret' },
        interactiveTimeoutMs: 3000,
      });
    });
    it('uses the web app\'s managed identity (federated credential) without a secret, and other clouds or the tests\' fakes by host', () => {
      expect(
        loadConfig({ ...entra, AZURE_CLIENT_ID: 'mi-1', AUTH_AUTHORITY_HOST: 'https://login.microsoftonline.us/', GRAPH_ENDPOINT: 'https://graph.microsoft.us' }).graph,
      ).toMatchObject({ mode: 'on', authorityHost: 'https://login.microsoftonline.us', endpoint: 'https://graph.microsoft.us', credential: { kind: 'managed-identity', managedIdentityClientId: 'mi-1' } });
    });
    it('is off, with the reason, in dev mode, with GRAPH=off, or without a credential', () => {
      expect(loadConfig({}).graph).toEqual({ mode: 'off', reason: 'AUTH_MODE=dev' });
      expect(loadConfig({ ...entra, AUTH_CLIENT_SECRET: 's', GRAPH: 'off' }).graph).toEqual({ mode: 'off', reason: 'GRAPH=off' });
      expect(loadConfig(entra).graph).toMatchObject({ mode: 'off', reason: expect.stringContaining('AUTH_CLIENT_SECRET') });
    });
    it.each([
      [{ AUTH_AUTHORITY_HOST: 'http://login.example' }, 'AUTH_AUTHORITY_HOST'],
      [{ GRAPH_ENDPOINT: 'https://graph.microsoft.com/v1.0' }, 'GRAPH_ENDPOINT'],
      [{ GRAPH: 'maybe' }, 'GRAPH'],
      [{ GRAPH_TIMEOUT_MS: '5' }, 'GRAPH_TIMEOUT_MS'],
    ])('a bad Graph setting stops the start and names the variable: %j', (env, variable) => {
      expect(problemsOf(env)).toContain(`${variable}:`);
    });
    it('never puts the client secret in an error message', () => {
      expect(problemsOf({ ...entra, AUTH_CLIENT_SECRET: 'top-secret-value', GRAPH: 'x' })).not.toContain('top-secret-value');
    });
  });
});
