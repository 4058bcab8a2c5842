import { existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT, envFile, placeholders, read, readJson } from './files';

/**
 * teamsapp.yml (Azure) and teamsapp.local.yml (this machine) for Teams Toolkit / Microsoft 365
 * Agents Toolkit: valid YAML, only actions the Toolkit has (with the arguments it requires), every
 * variable they and the files they use need declared in the environment, no secret in env/; and
 * the VS Code launch and tasks that drive the local one.
 */

/**
 * The Toolkit's actions (yaml schema v1.x, https://aka.ms/teamsfx-actions) with the `with` and
 * `writeToEnvironmentFile` keys each requires.
 */
const KNOWN_ACTIONS: Record<string, { with: string[]; writes?: string[] }> = {
  'aadApp/create': { with: ['name', 'generateClientSecret', 'signInAudience'], writes: ['clientId', 'objectId'] },
  'aadApp/update': { with: ['manifestPath', 'outputFilePath'] },
  'arm/deploy': { with: ['subscriptionId', 'resourceGroupName', 'templates'] },
  'azureAppService/zipDeploy': { with: ['artifactFolder', 'resourceId'] },
  'azureFunctions/zipDeploy': { with: ['artifactFolder', 'resourceId'] },
  'azureStorage/deploy': { with: ['artifactFolder', 'resourceId'] },
  'azureStorage/enableStaticWebsite': { with: ['storageResourceId'] },
  'azureStaticWebApps/getDeploymentToken': { with: ['resourceId'], writes: ['deploymentToken'] },
  'botAadApp/create': { with: ['name'], writes: ['botId', 'botPassword'] },
  'botFramework/create': { with: ['botId', 'name', 'messagingEndpoint'] },
  'cli/runNpmCommand': { with: ['args'] },
  'cli/runNpxCommand': { with: ['args'] },
  'cli/runDotnetCommand': { with: ['args'] },
  'devTool/install': { with: [] },
  'file/createOrUpdateEnvironmentFile': { with: ['target', 'envs'] },
  'file/createOrUpdateJsonFile': { with: ['target'] },
  'script': { with: ['run'] },
  'spfx/deploy': { with: ['packageSolutionPath'] },
  'teamsApp/copyAppPackageToSPFx': { with: ['appPackagePath', 'spfxFolder'] },
  'teamsApp/create': { with: ['name'], writes: ['teamsAppId'] },
  'teamsApp/extendToM365': { with: ['appPackagePath'], writes: ['titleId', 'appId'] },
  'teamsApp/publishAppPackage': { with: ['appPackagePath'], writes: ['publishedAppId'] },
  'teamsApp/update': { with: ['appPackagePath'] },
  'teamsApp/validateAppPackage': { with: ['appPackagePath'] },
  'teamsApp/validateManifest': { with: ['manifestPath'] },
  'teamsApp/validateWithTestCases': { with: ['appPackagePath'] },
  'teamsApp/zipAppPackage': { with: ['manifestPath', 'outputZipPath', 'outputFolder'] },
  'apiKey/register': { with: ['name', 'appId', 'apiSpecPath'], writes: ['registrationId'] },
  'apiKey/update': { with: ['name', 'appId', 'apiSpecPath', 'registrationId'] },
  'oauth/register': { with: ['name', 'appId', 'apiSpecPath', 'flow'], writes: ['configurationId'] },
  'oauth/update': { with: ['name', 'appId', 'apiSpecPath', 'configurationId'] },
};

interface Step {
  uses: string;
  name?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}
interface ProjectFile {
  version: string;
  environmentFolderPath?: string;
  provision?: Step[];
  deploy?: Step[];
  publish?: Step[];
}

const FILES = {
  'teamsapp.yml': { env: 'env/.env.dev', uses: ['appPackage/manifest.json', 'appPackage/en.json', 'aad.manifest.json', 'infra/azure.parameters.json'] },
  'teamsapp.local.yml': { env: 'env/.env.local', uses: ['appPackage/manifest.json', 'appPackage/en.json', 'aad.manifest.json'] },
} as const;

const load = (file: string) => parse(read(file)) as ProjectFile;
const steps = (project: ProjectFile): Step[] => [...(project.provision ?? []), ...(project.deploy ?? []), ...(project.publish ?? [])];
const uses = (list: Step[] | undefined) => (list ?? []).map((s) => s.uses);

describe.each(Object.keys(FILES) as (keyof typeof FILES)[])('%s', (file) => {
  const project = load(file);

  it('parses as YAML with a v1.x schema version and the env/ folder', () => {
    expect(project.version).toMatch(/^v1\.\d+$/);
    expect(read(file)).toContain(`# yaml-language-server: $schema=https://aka.ms/teams-toolkit/${project.version}/yaml.schema.json`);
    expect(project.environmentFolderPath).toBe('./env');
    expect(Object.keys(project).every((k) => ['version', 'environmentFolderPath', 'provision', 'deploy', 'publish', 'additionalMetadata', 'projectId'].includes(k))).toBe(true);
  });

  it('uses only known Toolkit actions, each with the arguments it requires', () => {
    for (const step of steps(project)) {
      const action = KNOWN_ACTIONS[step.uses];
      expect({ uses: step.uses, known: Boolean(action) }).toEqual({ uses: step.uses, known: true });
      expect(Object.keys(step).filter((k) => !['uses', 'name', 'env', 'with', 'writeToEnvironmentFile'].includes(k))).toEqual([]);
      for (const key of action?.with ?? []) expect({ uses: step.uses, [key]: step.with?.[key] !== undefined }).toEqual({ uses: step.uses, [key]: true });
      for (const key of action?.writes ?? []) expect({ uses: step.uses, [key]: typeof step.writeToEnvironmentFile?.[key] }).toEqual({ uses: step.uses, [key]: 'string' });
      if (step.uses === 'aadApp/create' && step.with?.generateClientSecret === true) expect(step.writeToEnvironmentFile?.clientSecret).toBeDefined();
    }
  });

  it('writes secrets only to SECRET_ variables (kept in the git-ignored .user file)', () => {
    for (const step of steps(project)) {
      for (const [key, variable] of Object.entries(step.writeToEnvironmentFile ?? {})) {
        expect(variable).toMatch(/^[A-Z][A-Z0-9_]*$/);
        if (/secret|password/i.test(key)) expect(variable).toMatch(/^SECRET_/);
        else expect(variable).not.toMatch(/^SECRET_/);
      }
    }
  });

  it('points at files that exist', () => {
    for (const step of steps(project)) {
      const w = step.with ?? {};
      for (const key of ['manifestPath', 'ignoreFile']) {
        if (typeof w[key] === 'string') expect(existsSync(path.join(ROOT, w[key] as string))).toBe(true);
      }
      for (const template of (w.templates as { path: string; parameters?: string }[] | undefined) ?? []) {
        expect(existsSync(path.join(ROOT, template.path))).toBe(true);
        if (template.parameters) expect(existsSync(path.join(ROOT, template.parameters))).toBe(true);
      }
      for (const key of ['outputZipPath', 'appPackagePath', 'outputFilePath']) {
        // Build output goes to the git-ignored appPackage/build/.
        if (typeof w[key] === 'string') expect(w[key]).toMatch(/^\.\/appPackage\/build\//);
      }
    }
  });

  it('declares in its env file every variable it and the files it fills use (secrets only as SECRET_ from a step)', () => {
    const { env, uses: filled } = FILES[file];
    const declared = envFile(env);
    const written = new Set(steps(project).flatMap((s) => Object.values(s.writeToEnvironmentFile ?? {})));
    const needed = new Set([read(file), ...filled.map(read)].flatMap(placeholders));
    for (const name of needed) {
      const ok = name.startsWith('SECRET_') ? written.has(name) && !(name in declared) : name in declared;
      expect({ name, ok }).toEqual({ name, ok: true });
    }
  });

  it('builds, checks and uploads the app package in provision', () => {
    const provision = uses(project.provision);
    const tail = ['teamsApp/validateManifest', 'teamsApp/zipAppPackage', 'teamsApp/validateAppPackage', 'teamsApp/update'];
    expect(provision.slice(-tail.length)).toEqual(tail);
    expect(provision[0]).toBe('teamsApp/create');
    expect(provision).toEqual(expect.arrayContaining(['aadApp/create', 'aadApp/update']));
    // The SSO registration is created before anything uses its client id, updated once the host is known.
    expect(provision.indexOf('aadApp/create')).toBeLessThan(provision.indexOf('aadApp/update'));
  });
});

describe('teamsapp.yml (Azure)', () => {
  const project = load('teamsapp.yml');

  it('provisions the Azure resources with the Bicep file before it updates the SSO registration for their host', () => {
    const provision = uses(project.provision);
    expect(provision.indexOf('arm/deploy')).toBeGreaterThan(provision.indexOf('aadApp/create'));
    expect(provision.indexOf('arm/deploy')).toBeLessThan(provision.indexOf('aadApp/update'));
    const arm = project.provision?.find((s) => s.uses === 'arm/deploy');
    expect(arm?.with?.templates).toEqual([expect.objectContaining({ path: './infra/azure.bicep', parameters: './infra/azure.parameters.json' })]);
  });

  it('deploys by installing, building and zip-deploying to the App Service the Bicep file outputs', () => {
    expect(uses(project.deploy)).toEqual(['cli/runNpmCommand', 'cli/runNpmCommand', 'azureAppService/zipDeploy']);
    expect(project.deploy?.map((s) => s.with?.args).slice(0, 2)).toEqual(['ci --no-audit --no-fund', 'run build']);
    expect(project.deploy?.[2]?.with?.resourceId).toBe('${{AZURE_APP_SERVICE_RESOURCE_ID}}');
    expect(read('infra/azure.bicep')).toMatch(/^output AZURE_APP_SERVICE_RESOURCE_ID string = webApp\.id$/m);
  });

  it('publishes to the Teams admin center after building and checking the package', () => {
    expect(uses(project.publish)).toEqual([
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
      'teamsApp/publishAppPackage',
    ]);
  });

  it('leaves the server code and tests out of the deployed zip, keeping dist/ and the lock file', () => {
    const ignored = read('.webappignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    for (const entry of ['/node_modules/', '/src/', '/test/', '/env/', '.env*']) expect(ignored).toContain(entry);
    expect(ignored.some((l) => /^\/?dist\/?$|package(-lock)?\.json/.test(l))).toBe(false);
  });
});

describe('teamsapp.local.yml (this machine)', () => {
  const project = load('teamsapp.local.yml');

  it('registers the bot (app registration with its secret, Bot Framework registration to the tunnel)', () => {
    const provision = uses(project.provision);
    expect(provision).toEqual(expect.arrayContaining(['botAadApp/create', 'botFramework/create']));
    expect(provision.indexOf('botAadApp/create')).toBeLessThan(provision.indexOf('botFramework/create'));
    const bot = project.provision?.find((s) => s.uses === 'botFramework/create');
    expect(bot?.with).toEqual(expect.objectContaining({ botId: '${{BOT_ID}}', messagingEndpoint: '${{TAB_ENDPOINT}}/api/messages', channels: [{ name: 'msteams' }] }));
  });

  it('writes the local server\'s environment, with variables src/config.ts knows, to a git-ignored file', () => {
    const step = project.deploy?.find((s) => s.uses === 'file/createOrUpdateEnvironmentFile');
    const target = step?.with?.target as string;
    expect(target).toBe('./.env.debug.user');
    expect(read('.gitignore').split('\n')).toContain('.env*.user');
    const config = read('src/config.ts');
    for (const name of Object.keys(step?.with?.envs as Record<string, unknown>)) expect(config).toMatch(new RegExp(`^\\s+${name}: `, 'm'));
    expect(step?.with?.envs).toEqual(
      expect.objectContaining({ AUTH_MODE: 'entra', HOST: '127.0.0.1', BOT_ID: '${{BOT_ID}}', BOT_PASSWORD: '${{SECRET_BOT_PASSWORD}}', PUBLIC_URL: '${{TAB_ENDPOINT}}' }),
    );
  });
});

describe('env/.env.dev and env/.env.local', () => {
  it.each(['env/.env.dev', 'env/.env.local'])('%s holds no secret (SECRET_ values live in the .user file)', (file) => {
    const vars = envFile(file);
    expect(Object.keys(vars).filter((k) => k.startsWith('SECRET_'))).toEqual([]);
    expect(vars.BOT_PASSWORD).toBeUndefined();
    expect(vars.TEAMSFX_ENV).toBe(path.basename(file).slice('.env.'.length));
  });

  it('git ignores the .user files', () => {
    const lines = read('.gitignore').split('\n');
    expect(lines).toEqual(expect.arrayContaining(['.env*.user', 'env/.env.*.user']));
  });
});

describe('.vscode', () => {
  interface Launch {
    configurations: { name: string; type: string; request: string; program?: string; preLaunchTask?: string; url?: string; envFile?: string }[];
    compounds: { name: string; configurations: string[]; preLaunchTask?: string }[];
  }
  const launch = readJson<Launch>('.vscode/launch.json');
  const tasks = readJson<{ tasks: { label: string; type?: string; command?: string; dependsOn?: string[]; args?: Record<string, unknown> }[] }>('.vscode/tasks.json').tasks;
  const labels = tasks.map((t) => t.label);
  const configuration = (name: string) => launch.configurations.find((c) => c.name === name);

  it('debugs the built server after a build, and attaches to a running one', () => {
    expect(configuration('Debug server')).toEqual(
      expect.objectContaining({ type: 'node', request: 'launch', program: '${workspaceFolder}/dist/src/index.js', preLaunchTask: 'Build' }),
    );
    expect(configuration('Attach')).toEqual(expect.objectContaining({ type: 'node', request: 'attach' }));
    expect(tasks.find((t) => t.label === 'Build')).toEqual(expect.objectContaining({ type: 'npm', script: 'build' }));
    expect(labels).toContain('Start local server');
  });

  it('has "Debug in Teams" compounds: the server with the Toolkit-written environment plus Teams in a browser', () => {
    const compounds = launch.compounds.filter((c) => c.name.startsWith('Debug in Teams'));
    expect(compounds.map((c) => c.name)).toEqual(['Debug in Teams (Edge)', 'Debug in Teams (Chrome)']);
    const envTarget = (load('teamsapp.local.yml').deploy ?? []).find((s) => s.uses === 'file/createOrUpdateEnvironmentFile')?.with?.target as string;
    for (const compound of compounds) {
      expect(compound.preLaunchTask).toBe('Start Teams App Locally');
      const [server, browser] = compound.configurations.map(configuration);
      expect(server?.envFile).toBe(`\${workspaceFolder}/${path.normalize(envTarget)}`);
      expect(server?.program).toBe('${workspaceFolder}/dist/src/index.js');
      expect(browser?.url).toBe(
        'https://teams.microsoft.com/l/app/${{local:TEAMS_APP_ID}}?installAppPackage=true&webjoin=true&appTenantId=${{local:TEAMS_APP_TENANT_ID}}&${account-hint}',
      );
    }
  });

  it('starts Teams locally through the Toolkit: tunnel, provision and deploy of the local environment', () => {
    const start = tasks.find((t) => t.label === 'Start Teams App Locally');
    expect(start?.dependsOn).toEqual(['Validate prerequisites', 'Start local tunnel', 'Provision', 'Deploy']);
    expect(tasks.find((t) => t.label === 'Provision')).toEqual(expect.objectContaining({ type: 'teamsfx', command: 'provision', args: { env: 'local' } }));
    expect(tasks.find((t) => t.label === 'Deploy')).toEqual(expect.objectContaining({ type: 'teamsfx', command: 'deploy', args: { env: 'local' } }));
    const tunnel = JSON.stringify(tasks.find((t) => t.label === 'Start local tunnel'));
    expect(tunnel).toContain('"portNumber":3978');
    expect(tunnel).toContain('"endpoint":"TAB_ENDPOINT"');
    expect(tunnel).toContain('"domain":"TAB_DOMAIN"');
  });

  it('refers only to configurations and tasks that exist', () => {
    for (const compound of launch.compounds) {
      for (const name of compound.configurations) expect(launch.configurations.map((c) => c.name)).toContain(name);
    }
    for (const task of [...launch.configurations, ...launch.compounds].map((c) => c.preLaunchTask).filter(Boolean)) expect(labels).toContain(task);
    for (const dep of tasks.flatMap((t) => t.dependsOn ?? [])) expect(labels).toContain(dep);
  });

  it('recommends the Toolkit extension and uses the workspace TypeScript', () => {
    expect(readJson<{ recommendations: string[] }>('.vscode/extensions.json').recommendations).toContain('TeamsDevApp.ms-teams-vscode-extension');
    expect(readJson<Record<string, unknown>>('.vscode/settings.json')['typescript.tsdk']).toBe('node_modules/typescript/lib');
  });
});
