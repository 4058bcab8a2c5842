import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
// The bot's modules register the texts they use (cards, commands) with i18n when they load.
import '../../src/bot/core/bot';
import { BOT_COMMANDS, parseCommand } from '../../src/bot/core/textCommands';
import { t } from '../../src/i18n';
import { ROOT, SAMPLE_ENV, placeholders, read, validateOffline } from './files';

/**
 * The Teams app manifest and its English localization file, checked against the official JSON
 * schemas that @microsoft/app-manifest bundles (offline: no schema is fetched), and against the
 * code they describe: the bot's commands, the tab's views, the i18n texts.
 */
interface Command {
  title: string;
  description?: string;
}
interface Manifest {
  $schema: string;
  manifestVersion: string;
  id: string;
  localizationInfo: { defaultLanguageTag: string; additionalLanguages: { languageTag: string; file: string }[] };
  name: { short: string; full: string };
  description: { short: string; full: string };
  developer: Record<string, string>;
  icons: { color: string; outline: string };
  accentColor: string;
  configurableTabs: { configurationUrl: string; canUpdateConfiguration: boolean; scopes: string[] }[];
  staticTabs: { entityId: string; name?: string; contentUrl?: string; scopes: string[] }[];
  bots: { botId: string; scopes: string[]; supportsFiles: boolean; commandLists: { scopes: string[]; commands: Command[] }[] }[];
  validDomains: string[];
  webApplicationInfo: { id: string; resource: string };
}

const MANIFEST_TEXT = read('appPackage/manifest.json');
const manifest = JSON.parse(MANIFEST_TEXT) as Manifest;
const EN_TEXT = read('appPackage/en.json');
const en = JSON.parse(EN_TEXT) as Record<string, string>;

/** The template with every placeholder filled, as provision (or `npm run package`) fills it. */
function filled(text: string): Record<string, unknown> {
  return JSON.parse(
    text.replace(/\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (_whole, name: string) => {
      const value = SAMPLE_ENV[name];
      if (value === undefined) throw new Error(`no sample value for ${name}`);
      return value;
    }),
  ) as Record<string, unknown>;
}

describe('appPackage/manifest.json', () => {
  it('is valid against the official Teams schema of its version (offline)', () => {
    expect(validateOffline(filled(MANIFEST_TEXT))).toEqual([]);
  });

  it('uses the newest manifest version whose schema is bundled for offline validation', () => {
    const schemas = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');
    const versions = readdirSync(schemas)
      .map((d) => /^v(\d+)\.(\d+)$/.exec(d))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [Number(m[1]), Number(m[2])] as const)
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const newest = versions[versions.length - 1];
    expect(newest).toBeDefined();
    const version = `${newest?.[0]}.${newest?.[1]}`;
    expect(manifest.manifestVersion).toBe(version);
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`);
  });

  it('the validator really checks: a bad id and an unknown property are refused', () => {
    const bad = { ...filled(MANIFEST_TEXT), id: 'not-a-guid', colour: 'blue' };
    const errors = validateOffline(bad);
    expect(errors.join('\n')).toMatch(/\/id must match pattern/);
    expect(errors.join('\n')).toMatch(/additional properties/);
  });

  it('takes ids, host and name suffix only from the Toolkit placeholders', () => {
    expect(new Set(placeholders(MANIFEST_TEXT))).toEqual(
      new Set(['TEAMS_APP_ID', 'BOT_ID', 'TAB_DOMAIN', 'TAB_ENDPOINT', 'AAD_APP_CLIENT_ID', 'APP_NAME_SUFFIX']),
    );
    expect(manifest.id).toBe('${{TEAMS_APP_ID}}');
    expect(manifest.validDomains).toEqual(['${{TAB_DOMAIN}}']);
    expect(manifest.webApplicationInfo).toEqual({
      id: '${{AAD_APP_CLIENT_ID}}',
      resource: 'api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}',
    });
  });

  it('has a configurable channel tab and personal tabs for the restlista and the trainings', () => {
    expect(manifest.configurableTabs).toEqual([
      expect.objectContaining({ configurationUrl: '${{TAB_ENDPOINT}}/tab/config.html', canUpdateConfiguration: true, scopes: ['team'] }),
    ]);
    const views = [...read('src/tab/views/registry.ts').matchAll(/\{ id: '([a-z]+)'/g)].map((m) => m[1]);
    const tabs = manifest.staticTabs.filter((tab) => tab.contentUrl);
    expect(tabs.map((tab) => tab.entityId)).toEqual(['restlista', 'utbildningar']);
    for (const tab of tabs) {
      expect(tab.scopes).toEqual(['personal']);
      const view = /^\$\{\{TAB_ENDPOINT\}\}\/tab\/index\.html#\/([a-z]+)$/.exec(tab.contentUrl ?? '')?.[1];
      expect(views).toContain(view);
    }
    // The bot's chat as a tab of the personal app.
    expect(manifest.staticTabs).toContainEqual({ entityId: 'conversations', scopes: ['personal'] });
  });

  it('names the personal tabs as the navigation of the tab does, in Swedish and English', () => {
    const navKey: Record<string, string> = { restlista: 'tab.nav.restlista', utbildningar: 'tab.nav.trainings' };
    manifest.staticTabs.forEach((tab, i) => {
      if (!tab.name) return;
      const key = navKey[tab.entityId] as string;
      expect(tab.name).toBe(t('sv', key));
      expect(en[`staticTabs[${i}].name`]).toBe(t('en', key));
    });
  });

  it("lists the bot's commands exactly as src/bot/core/textCommands.ts has them (BOT_COMMANDS), per scope", () => {
    const bot = manifest.bots[0];
    expect(manifest.bots).toHaveLength(1);
    expect(bot?.botId).toBe('${{BOT_ID}}');
    expect(bot?.scopes).toEqual(['personal', 'team']);
    expect(bot?.supportsFiles).toBe(false);
    expect(bot?.commandLists.map((list) => list.scopes)).toEqual([['personal'], ['team']]);
    bot?.commandLists.forEach((list, l) => {
      const scope = list.scopes[0] as string;
      // A command without `scopes` works everywhere.
      const commands = BOT_COMMANDS.filter((c) => (c as { scopes?: readonly string[] }).scopes?.includes(scope) ?? true);
      expect(list.commands).toEqual(commands.map((c) => ({ title: c.sv, description: t('sv', c.description) })));
      commands.forEach((c, i) => {
        expect(t('sv', c.description)).not.toBe(c.description); // a text, not a bare key
        expect(en[`bots[0].commandLists[${l}].commands[${i}].title`]).toBe(c.en);
        expect(en[`bots[0].commandLists[${l}].commands[${i}].description`]).toBe(t('en', c.description));
        // What Teams sends when someone picks the command is understood by the bot.
        expect(parseCommand(c.sv)).toBe(c.command);
        expect(parseCommand(c.en)).toBe(c.command);
      });
    });
  });

  it('is Swedish first with an English localization file, and describes the app in both', () => {
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'sv-SE',
      additionalLanguages: [{ languageTag: 'en', file: 'en.json' }],
    });
    expect(manifest.name.short).toBe('Förvaltningsstöd${{APP_NAME_SUFFIX}}');
    expect(en['name.short']).toBe(manifest.name.short);
    for (const word of ['restlista', 'överlämning', 'månadsmöte', 'miniutbildningar']) {
      expect(manifest.description.short.toLowerCase()).toContain(word);
    }
    for (const word of ['activity log', 'handover', 'monthly', 'mini-trainings']) {
      expect(en['description.short']?.toLowerCase() + ' ' + en['description.full']?.toLowerCase()).toContain(word);
    }
    expect(manifest.accentColor).toBe('#5B5FC7');
    for (const url of Object.values(manifest.developer).filter((v) => v.startsWith('http'))) {
      expect(new URL(url).protocol).toBe('https:');
      expect(new URL(url).hostname).toMatch(/(^|\.)example\.(org|com|net)$/);
    }
  });
});

describe('appPackage/en.json', () => {
  it('is valid against the official localization schema (offline)', () => {
    expect(validateOffline(filled(EN_TEXT))).toEqual([]);
  });

  it('the validator really checks: an unknown key and a too long name are refused', () => {
    const errors = validateOffline({ ...filled(EN_TEXT), 'name.short': 'x'.repeat(31), 'tabs[0].title': 'x' });
    expect(errors.join('\n')).toMatch(/name\.short must NOT have more than 30 characters/);
    expect(errors.join('\n')).toMatch(/additional properties/);
  });

  it('uses the same schema version as the manifest and only the manifest\'s placeholders', () => {
    expect(en.$schema).toBe(manifest.$schema.replace('MicrosoftTeams.schema.json', 'MicrosoftTeams.Localization.schema.json'));
    for (const name of placeholders(EN_TEXT)) expect(placeholders(MANIFEST_TEXT)).toContain(name);
  });

  it('covers every text of the manifest that users read', () => {
    const expected = ['name.short', 'name.full', 'description.short', 'description.full'];
    manifest.staticTabs.forEach((tab, i) => tab.name && expected.push(`staticTabs[${i}].name`));
    manifest.bots[0]?.commandLists.forEach((list, l) =>
      list.commands.forEach((_c, i) => expected.push(`bots[0].commandLists[${l}].commands[${i}].title`, `bots[0].commandLists[${l}].commands[${i}].description`)),
    );
    expect(Object.keys(en).filter((k) => k !== '$schema').sort()).toEqual(expected.sort());
  });
});

describe('aad.manifest.json (the tab\'s SSO app registration)', () => {
  const aad = JSON.parse(read('aad.manifest.json')) as {
    signInAudience: string;
    identifierUris: string[];
    api: {
      requestedAccessTokenVersion: number;
      oauth2PermissionScopes: { id: string; value: string; type: string; isEnabled: boolean }[];
      preAuthorizedApplications: { appId: string; delegatedPermissionIds: string[] }[];
    };
    spa: { redirectUris: string[] };
  };

  it('exposes access_as_user at the Application ID URI the manifest names, for this tenant only', () => {
    expect(aad.signInAudience).toBe('AzureADMyOrg');
    expect(aad.identifierUris).toEqual([manifest.webApplicationInfo.resource]);
    expect(aad.api.requestedAccessTokenVersion).toBe(2);
    expect(aad.api.oauth2PermissionScopes).toEqual([
      expect.objectContaining({ id: '${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}', value: 'access_as_user', type: 'User', isEnabled: true }),
    ]);
    // The scope the API demands (src/config.ts AUTH_SCOPE's default).
    expect(read('src/config.ts')).toMatch(/AUTH_SCOPE: z\.string\(\)\.min\(1\)\.default\('access_as_user'\)/);
  });

  it('pre-authorizes the Teams desktop/mobile and web clients for that scope', () => {
    expect(aad.api.preAuthorizedApplications).toEqual([
      { appId: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', delegatedPermissionIds: ['${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}'] },
      { appId: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', delegatedPermissionIds: ['${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}'] },
    ]);
    for (const uri of aad.spa.redirectUris) expect(uri).toMatch(/^https:\/\/\$\{\{TAB_DOMAIN\}\}\/tab\/[a-z]+\.html$/);
  });

  it('is the file teamsapp.yml and teamsapp.local.yml update the registration from', () => {
    for (const file of ['teamsapp.yml', 'teamsapp.local.yml']) expect(read(file)).toContain('manifestPath: ./aad.manifest.json');
    expect(existsSync(path.join(ROOT, 'aad.manifest.json'))).toBe(true);
  });
});
