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
      storage: 'sqlite',
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
});
