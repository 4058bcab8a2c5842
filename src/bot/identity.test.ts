import { loadConfig } from '../config';
import { createBotIdentify } from './identity';
import { turnLocale } from './locale';

const actor = (over: Partial<{ aadObjectId: string | null; channelUserId: string; name: string }> = {}) => ({
  aadObjectId: 'aad-1',
  channelUserId: '29:user-1',
  name: 'Anna Åström',
  ...over,
});

describe('bot identity', () => {
  const config = loadConfig({ ROLE_FORVALTNINGSLEDARE: 'aad-lead', ROLE_MEMBERS: 'aad-member', ROLE_PROJEKTAGARE: 'aad-member' });
  const identify = createBotIdentify(config);

  it('maps the Teams user to the domain identity with the role from the configured lists, as the API does', () => {
    expect(identify({ actor: actor(), tenantId: 't1' })).toEqual({
      ok: true,
      value: { id: 'aad-1', name: 'Anna Åström', tenantId: 't1', role: 'reader', projectOwner: false },
    });
    expect(identify({ actor: actor({ aadObjectId: 'aad-lead' }), tenantId: 't1' })).toMatchObject({ value: { role: 'förvaltningsledare' } });
    expect(identify({ actor: actor({ aadObjectId: 'aad-member' }), tenantId: 't1' })).toMatchObject({ value: { role: 'member', projectOwner: true } });
  });

  it('uses the channel id without an Entra id (a local playground), and the id when there is no name', () => {
    expect(identify({ actor: actor({ aadObjectId: null, name: '' }), tenantId: null })).toMatchObject({ value: { id: '29:user-1', name: '29:user-1' } });
  });

  it('refuses a turn without a person', () => {
    expect(identify({ actor: null, tenantId: null })).toEqual({ ok: false, problem: { kind: 'unauthorized', code: 'bot.unknownUser' } });
  });

  it('refuses other tenants when the bot is registered for one', () => {
    const single = createBotIdentify(loadConfig({ BOT_ID: 'app', BOT_TENANT_ID: 'uni', BOT_PASSWORD: 'secret' }));
    expect(single({ actor: actor(), tenantId: 'uni' }).ok).toBe(true);
    expect(single({ actor: actor(), tenantId: 'elsewhere' })).toEqual({ ok: false, problem: { kind: 'forbidden', code: 'bot.otherTenant' } });
    expect(single({ actor: actor(), tenantId: null }).ok).toBe(false);
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
  it('falls back to the configured default', () => {
    expect(turnLocale('fi-FI', 'en')).toBe('en');
  });
});
