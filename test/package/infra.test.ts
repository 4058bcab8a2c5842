import { loadConfig } from '../../src/config';
import { SAMPLE_ENV, envFile, placeholders, read, readJson } from './files';

/**
 * infra/azure.bicep and azure.parameters.json, checked without a Bicep compiler (none here): the
 * parameters file gives every parameter without a default a value, names only parameters that
 * exist, with JSON types that match; the app settings name only variables the server reads; the
 * settings the issue asks for are in place; and every name used in an interpolation is declared.
 */
const BICEP = read('infra/azure.bicep');
const parameters = readJson<{ parameters: Record<string, { value: unknown }> }>('infra/azure.parameters.json').parameters;

interface Param {
  name: string;
  type: string;
  hasDefault: boolean;
}
const params: Param[] = [...BICEP.matchAll(/^param\s+(\w+)\s+(\w+)(\s*=.*)?$/gm)].map((m) => ({
  name: m[1] as string,
  type: m[2] as string,
  hasDefault: Boolean(m[3]),
}));

/** Variables src/config.ts reads (the keys of its zod schema). */
const CONFIG_VARIABLES = new Set([...read('src/config.ts').matchAll(/^ {4}([A-Z][A-Z0-9_]+): /gm)].map((m) => m[1] as string));
/** Read by App Service and its build service, or by the Application Insights agent, not by our code. */
const PLATFORM = new Set(['SCM_DO_BUILD_DURING_DEPLOYMENT', 'CUSTOM_BUILD_COMMAND', 'APPLICATIONINSIGHTS_CONNECTION_STRING', 'ApplicationInsightsAgent_EXTENSION_VERSION']);

const settingsBlock = (() => {
  const start = BICEP.indexOf('// ── app settings');
  const end = BICEP.indexOf('// ── end of app settings ──');
  if (start < 0 || end < start) throw new Error('the app settings markers are missing in azure.bicep');
  return BICEP.slice(start, end);
})();
const settings = new Map([...settingsBlock.matchAll(/^\s+([A-Za-z_][A-Za-z0-9_]*): (.+)$/gm)].map((m) => [m[1] as string, (m[2] as string).trim()]));

describe('infra/azure.parameters.json', () => {
  it('gives every parameter of azure.bicep a value or leaves it to its default', () => {
    expect(params.length).toBeGreaterThan(5);
    for (const p of params) expect({ param: p.name, given: p.hasDefault || p.name in parameters }).toEqual({ param: p.name, given: true });
  });

  it('names only parameters azure.bicep has, with values of their type', () => {
    const byName = new Map(params.map((p) => [p.name, p]));
    for (const [name, { value }] of Object.entries(parameters)) {
      const type = byName.get(name)?.type;
      expect({ name, type: type ?? 'not a parameter' }).toEqual({ name, type: expect.stringMatching(/^(string|int|bool|object|array)$/) });
      const jsType = { string: 'string', int: 'number', bool: 'boolean', object: 'object', array: 'object' }[type as string];
      expect({ name, type: typeof value }).toEqual({ name, type: jsType });
    }
  });

  it('runs the server as env/.env.dev and provision set it up: Table Storage by managed identity is accepted', () => {
    const provisioned = {
      ...envFile('env/.env.dev'),
      AZURE_TABLE_ENDPOINT: 'https://fst1a2b3c.table.core.windows.net',
      AZURE_CLIENT_ID: SAMPLE_ENV.BOT_ID!,
      BOT_ID: SAMPLE_ENV.BOT_ID!,
      BOT_TENANT_ID: '72f988bf-86f1-41af-91ab-2d7cd011db47',
    };
    expect(loadConfig(provisioned).storage).toEqual({
      backend: 'azure-table',
      tableName: 'forvaltningsstod',
      endpoint: 'https://fst1a2b3c.table.core.windows.net',
      connectionString: null,
      managedIdentityClientId: SAMPLE_ENV.BOT_ID,
    });
  });

  it('fills placeholders only from variables env/.env.dev declares, and no secret', () => {
    const declared = envFile('env/.env.dev');
    for (const name of placeholders(read('infra/azure.parameters.json'))) {
      expect(name).not.toMatch(/^SECRET_/);
      expect({ name, declared: name in declared }).toEqual({ name, declared: true });
    }
  });
});

describe('infra/azure.bicep', () => {
  it('sets only app settings the server reads (or the platform)', () => {
    expect(settings.size).toBeGreaterThan(10);
    for (const name of settings.keys()) {
      const known = CONFIG_VARIABLES.has(name) || PLATFORM.has(name);
      expect({ name, known }).toEqual({ name, known: true });
    }
  });

  it('configures the server for Azure: production, all interfaces, Entra sign-in, the bot, Table Storage by managed identity', () => {
    expect(Object.fromEntries(settings)).toEqual(
      expect.objectContaining({
        NODE_ENV: "'production'",
        HOST: "'0.0.0.0'",
        AUTH_MODE: "'entra'",
        AUTH_TENANT_ID: 'aadAppTenantId',
        AUTH_CLIENT_ID: 'aadAppClientId',
        AUTH_AUDIENCE: "'${aadAppClientId},api://${webAppHost}/${aadAppClientId}'",
        BOT_ID: 'botAppId',
        BOT_TYPE: 'botType',
        BOT_TENANT_ID: 'botTenantId',
        PUBLIC_URL: "'https://${webAppHost}'",
        SEED_DEMO: "'false'",
        STORAGE: "'azure-table'",
        AZURE_TABLE_ENDPOINT: 'tableEndpoint',
        AZURE_CLIENT_ID: 'identity.properties.clientId',
        APPLICATIONINSIGHTS_CONNECTION_STRING: 'appInsights.properties.ConnectionString',
      }),
    );
    expect(BICEP).toContain("var tableEndpoint = 'https://${storage.name}.table.${environment().suffixes.storage}'");
    // A bot password only for a SingleTenant registration; the managed identity needs none.
    expect(BICEP).toMatch(/var botSecretSettings = useManagedIdentityForBot \? \{\} : \{\s+BOT_PASSWORD: botAadAppClientSecret\s+\}/);
  });

  it('runs Node 20 on Linux, always on, HTTPS only, TLS 1.2, no FTP', () => {
    for (const line of [
      "kind: 'app,linux'",
      "linuxFxVersion: 'NODE|20-lts'",
      'alwaysOn: true',
      'httpsOnly: true',
      "minTlsVersion: '1.2'",
      "ftpsState: 'Disabled'",
      'reserved: true',
      "healthCheckPath: '/healthz'",
    ]) {
      expect(BICEP).toContain(line);
    }
  });

  it('registers a single-tenant or managed-identity Azure Bot with the Teams channel at /api/messages', () => {
    expect(BICEP).toMatch(/@allowed\(\[\s+'UserAssignedMSI'\s+'SingleTenant'\s+\]\)\s+param botType string = 'UserAssignedMSI'/);
    expect(BICEP).not.toContain('MultiTenant');
    expect(BICEP).toContain("resource bot 'Microsoft.BotService/botServices@");
    expect(BICEP).toContain("endpoint: 'https://${webAppHost}/api/messages'");
    expect(BICEP).toMatch(/msaAppType: botType\s+msaAppTenantId: botTenantId/);
    expect(BICEP).toContain('msaAppMSIResourceId: identity.id');
    expect(BICEP).toMatch(/resource teamsChannel 'Microsoft\.BotService\/botServices\/channels@[^']+' = \{\s+parent: bot\s+name: 'MsTeamsChannel'/);
  });

  it('keeps the data in a locked-down StorageV2 account whose Table data only the managed identity may use', () => {
    for (const line of [
      "kind: 'StorageV2'",
      'supportsHttpsTrafficOnly: true',
      "minimumTlsVersion: 'TLS1_2'",
      'allowBlobPublicAccess: false',
      'allowSharedKeyAccess: false',
      "resource tableService 'Microsoft.Storage/storageAccounts/tableServices@",
      "var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'",
      "roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)",
      'principalId: identity.properties.principalId',
      "resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@",
    ]) {
      expect(BICEP).toContain(line);
    }
  });

  it('makes Application Insights optional with a bool parameter', () => {
    expect(BICEP).toContain('param enableAppInsights bool = false');
    expect(BICEP).toMatch(/resource appInsights 'Microsoft\.Insights\/components@[^']+' = if \(enableAppInsights\)/);
    expect(parameters.enableAppInsights?.value).toBe(false);
  });

  it('outputs what the Toolkit and the app package need', () => {
    const outputs = [...BICEP.matchAll(/^output (\w+) string = /gm)].map((m) => m[1]);
    expect(outputs).toEqual(expect.arrayContaining(['TAB_DOMAIN', 'TAB_ENDPOINT', 'BOT_DOMAIN', 'BOT_ID', 'BOT_TENANT_ID', 'AZURE_APP_SERVICE_RESOURCE_ID']));
    // Every output is declared in env/.env.dev, where the Toolkit writes it.
    const declared = envFile('env/.env.dev');
    for (const name of outputs) expect({ name, declared: name !== undefined && name in declared }).toEqual({ name, declared: true });
  });

  it('is well formed as far as can be seen without a compiler: balanced brackets, declared names', () => {
    // Brackets outside strings and comments (interpolations `${…}` inside strings are skipped too).
    let code = '';
    for (let i = 0, state: 'code' | 'string' | 'comment' = 'code'; i < BICEP.length; i++) {
      const c = BICEP[i] as string;
      if (state === 'comment') state = c === '\n' ? 'code' : 'comment';
      else if (state === 'string') {
        if (c === '\\') i++;
        else if (c === "'") state = 'code';
      } else if (c === '/' && BICEP[i + 1] === '/') state = 'comment';
      else if (c === "'") state = 'string';
      else code += c;
    }
    for (const [open, close] of [['{', '}'], ['(', ')'], ['[', ']']] as const) {
      expect({ pair: open + close, balance: code.split(open).length - code.split(close).length }).toEqual({ pair: open + close, balance: 0 });
    }
    const declared = new Set([...BICEP.matchAll(/^(?:param|var|resource|output)\s+(\w+)/gm)].map((m) => m[1]));
    const functions = new Set(['resourceGroup', 'subscription', 'tenant', 'environment', 'uniqueString', 'take', 'guid', 'union', 'subscriptionResourceId']);
    for (const m of BICEP.matchAll(/\$\{(\w+)/g)) expect({ name: m[1], declared: declared.has(m[1]) || functions.has(m[1] as string) }).toEqual({ name: m[1], declared: true });
    for (const m of BICEP.matchAll(/\b(\w+)\.(?:properties|id|name)\b/g)) expect({ name: m[1], declared: declared.has(m[1]) }).toEqual({ name: m[1], declared: true });
  });
});
