import { Config, loadConfig } from '../../config';
import { createUseCases } from '../../commands';
import { openSqliteStore } from '../../store/sqlite/sqliteStore';
import { createBotIdentify } from './identity';
import { turnLocale } from './locale';

const actor = (over: Partial<{ aadObjectId: string | null; channelUserId: string; name: string }> = {}) => ({
  aadObjectId: 'aad-1',
  channelUserId: '29:user-1',
  name: 'Anna Åström',
  ...over,
});

/** The bot's identify over the real use cases on an empty in-memory store (no team, no granted rights). */
const botIdentify = (config: Config) =>
  createBotIdentify(config, createUseCases({ store: openSqliteStore(':memory:'), now: () => new Date(), timeZone: 'Europe/Stockholm' }, { lists: config.roles }).access);

const ENTRA = { AUTH_MODE: 'entra', AUTH_TENANT_ID: 't1', AUTH_CLIENT_ID: 'c1' };
const ROLES = { ROLE_FORVALTNINGSLEDARE: 'aad-lead', ROLE_MEMBERS: 'aad-member', ROLE_PROJEKTAGARE: 'aad-member' };

describe('bot identity', () => {
  const identify = botIdentify(loadConfig({ ...ENTRA, ...ROLES }));

  it('maps the Teams user to the domain identity with the role from the configured lists, as the API does', async () => {
    expect(await identify({ actor: actor(), tenantId: 't1' })).toEqual({
      ok: true,
      value: { id: 'aad-1', name: 'Anna Åström', tenantId: 't1', role: 'reader', rights: [] },
    });
    expect(await identify({ actor: actor({ aadObjectId: 'aad-lead' }), tenantId: 't1' })).toMatchObject({ value: { role: 'förvaltningsledare' } });
    expect(await identify({ actor: actor({ aadObjectId: 'aad-member' }), tenantId: 't1' })).toMatchObject({ value: { role: 'member', rights: ['projektägare'] } });
  });

  it('uses the channel id without an Entra id (a local playground); no name stays no name, never the id', async () => {
    expect(await identify({ actor: actor({ aadObjectId: null, name: '' }), tenantId: null })).toMatchObject({ value: { id: '29:user-1', name: '' } });
  });

  it('refuses a turn without a person', async () => {
    expect(await identify({ actor: null, tenantId: null })).toEqual({ ok: false, problem: { kind: 'unauthorized', code: 'bot.unknownUser' } });
  });

  it('refuses other tenants when the bot is registered for one', async () => {
    const single = botIdentify(loadConfig({ ...ENTRA, BOT_ID: 'app', BOT_TENANT_ID: 'uni', BOT_PASSWORD: 'secret' }));
    expect((await single({ actor: actor(), tenantId: 'uni' })).ok).toBe(true);
    expect(await single({ actor: actor(), tenantId: 'elsewhere' })).toEqual({ ok: false, problem: { kind: 'forbidden', code: 'bot.otherTenant' } });
    expect((await single({ actor: actor(), tenantId: null })).ok).toBe(false);
  });
});

describe('bot identity in dev mode (AUTH_MODE=dev, loopback only)', () => {
  const identify = botIdentify(loadConfig({ ROLE_MEMBERS: 'aad-member' }));
  const KARIN = '11111111-1111-4111-8111-000000000005';
  const ANDERS = '11111111-1111-4111-8111-000000000002';

  it('gives the demo users their demo roles, and their demo names when Teams sends none', async () => {
    expect(await identify({ actor: actor({ aadObjectId: KARIN, name: '' }), tenantId: null })).toEqual({
      ok: true,
      value: { id: KARIN, name: 'Karin Holm', tenantId: null, role: 'reader', rights: [] },
    });
    expect(await identify({ actor: actor({ aadObjectId: ANDERS }), tenantId: null })).toMatchObject({ value: { id: ANDERS, name: 'Anna Åström', role: 'member', rights: ['projektägare'] } });
  });

  it('lets someone the app does not know (the Agents Playground\'s user) act as the demo förvaltningsledare, under their own id', async () => {
    const alex = await identify({ actor: actor({ aadObjectId: '00000000-0000-0000-0000-0000000000020', name: 'Alex Wilber' }), tenantId: null });
    expect(alex).toEqual({ ok: true, value: { id: '00000000-0000-0000-0000-0000000000020', name: 'Alex Wilber', tenantId: null, role: 'förvaltningsledare', rights: [] } });
  });

  it('keeps the role lists for who is on them', async () => {
    expect(await identify({ actor: actor({ aadObjectId: 'aad-member' }), tenantId: null })).toMatchObject({ value: { role: 'member' } });
  });

  it('outside dev mode someone on no list is a reader, demo ids included', async () => {
    const entra = botIdentify(loadConfig(ENTRA));
    expect(await entra({ actor: actor({ aadObjectId: '00000000-0000-0000-0000-0000000000020' }), tenantId: null })).toMatchObject({ value: { role: 'reader' } });
    expect(await entra({ actor: actor({ aadObjectId: KARIN, name: '' }), tenantId: null })).toMatchObject({ value: { role: 'reader', name: '' } });
  });
});

describe('bot locale', () => {
  it.each([
    ['sv-SE', 'sv'],
    ['sv', 'sv'],
    ['SV-fi', 'sv'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['de-DE', 'sv'],
    [null, 'sv'],
    ['', 'sv'],
    ['x'.repeat(100), 'sv'],
  ])('%j → %s (default sv)', (tag, locale) => {
    expect(turnLocale(tag, 'sv')).toBe(locale);
  });
  it('falls back to the configured default', async () => {
    expect(turnLocale('fi-FI', 'en')).toBe('en');
  });
});
