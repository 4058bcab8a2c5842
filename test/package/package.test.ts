import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { APP_PACKAGE, PACKAGE_SCRIPT, ROOT, SAMPLE_ENV, readZip } from './files';

/**
 * `npm run package -- --env <env>`: the zip a person uploads to Teams, built from the manifest
 * template and env/.env.<env> (+ .user), with a clear refusal when a variable has no value.
 * Each case runs the script as `npm run package` does, on env files in a temporary folder.
 */
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'forvaltningsstod-package-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const envText = (vars: Record<string, string>) =>
  Object.entries(vars)
    .map(([k, v]) => `${k}=${/^\s|\s$/.test(v) ? JSON.stringify(v) : v}`)
    .join('\n') + '\n';

function runPackage(...args: string[]) {
  const run = spawnSync(process.execPath, [PACKAGE_SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run package', () => {
  it('builds appPackage.<env>.zip with the manifest, the localization file and both icons at the root, every variable filled', () => {
    writeFileSync(path.join(dir, '.env.test'), '# provisioned\n' + envText(SAMPLE_ENV));
    const run = runPackage('--env', 'test', '--env-dir', dir, '--out', path.join(dir, 'build'));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);

    const zip = path.join(dir, 'build', 'appPackage.test.zip');
    expect(run.stdout).toContain('appPackage.test.zip');
    const entries = readZip(zip);
    expect(entries.map((e) => e.entryName).sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
    expect(entries.every((e) => !e.isDirectory && !e.entryName.includes('/'))).toBe(true);

    const text = (name: string) => entries.find((e) => e.entryName === name)?.getData().toString('utf8') ?? '';
    for (const name of ['manifest.json', 'en.json']) expect(text(name)).not.toContain('${{');
    const manifest = JSON.parse(text('manifest.json')) as {
      id: string;
      name: { short: string };
      bots: { botId: string }[];
      validDomains: string[];
      configurableTabs: { configurationUrl: string }[];
      webApplicationInfo: { id: string; resource: string };
    };
    expect(manifest.id).toBe(SAMPLE_ENV.TEAMS_APP_ID);
    expect(manifest.name.short).toBe('Förvaltningsstöd (dev)');
    expect(manifest.bots[0]?.botId).toBe(SAMPLE_ENV.BOT_ID);
    expect(manifest.validDomains).toEqual([SAMPLE_ENV.TAB_DOMAIN]);
    expect(manifest.configurableTabs[0]?.configurationUrl).toBe(`${SAMPLE_ENV.TAB_ENDPOINT}/tab/config.html`);
    expect(manifest.webApplicationInfo).toEqual({
      id: SAMPLE_ENV.AAD_APP_CLIENT_ID,
      resource: `api://${SAMPLE_ENV.TAB_DOMAIN}/${SAMPLE_ENV.AAD_APP_CLIENT_ID}`,
    });
    expect(JSON.parse(text('en.json'))['name.short']).toBe('Förvaltningsstöd (dev)');
    for (const icon of ['color.png', 'outline.png']) {
      expect(entries.find((e) => e.entryName === icon)?.getData().equals(readFileSync(path.join(APP_PACKAGE, icon)))).toBe(true);
    }
  });

  it('takes values from env/.env.<env>.user over env/.env.<env>', () => {
    writeFileSync(path.join(dir, '.env.test'), envText({ ...SAMPLE_ENV, BOT_ID: '' }));
    const botId = '7c6b5a49-3827-4165-9403-f2e1d0c9b8a7';
    writeFileSync(path.join(dir, '.env.test.user'), envText({ BOT_ID: botId, SECRET_BOT_PASSWORD: 'not-in-the-package' }));
    const run = runPackage('--env', 'test', '--env-dir', dir, '--out', path.join(dir, 'build'));
    expect(run.code).toBe(0);
    const entries = readZip(path.join(dir, 'build', 'appPackage.test.zip'));
    const manifest = entries.find((e) => e.entryName === 'manifest.json')?.getData().toString('utf8') ?? '';
    expect(JSON.parse(manifest).bots[0].botId).toBe(botId);
    expect(entries.some((e) => e.getData().toString('latin1').includes('not-in-the-package'))).toBe(false);
  });

  it('refuses with exit code 1 and names every variable left without a value (missing or empty)', () => {
    const { TAB_DOMAIN: _domain, ...rest } = SAMPLE_ENV;
    writeFileSync(path.join(dir, '.env.test'), envText({ ...rest, BOT_ID: '' }));
    const run = runPackage('--env', 'test', '--env-dir', dir, '--out', path.join(dir, 'build'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('2 variables have no value');
    expect(run.stderr).toContain('BOT_ID, TAB_DOMAIN');
    expect(run.stderr).not.toMatch(/\n\s+at /); // a message for people, not a stack trace
    expect(existsSync(path.join(dir, 'build', 'appPackage.test.zip'))).toBe(false);
  });

  it('refuses a value the manifest schema does not accept, naming the field', () => {
    writeFileSync(path.join(dir, '.env.test'), envText({ ...SAMPLE_ENV, TEAMS_APP_ID: 'my-app' }));
    const run = runPackage('--env', 'test', '--env-dir', dir, '--out', path.join(dir, 'build'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('manifest.json: /id must match pattern');
  });

  it('says so when the environment does not exist, and defaults to local', () => {
    const unknown = runPackage('--env', 'staging', '--env-dir', dir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No environment "staging"');
    const local = runPackage('--env-dir', dir);
    expect(local.stderr).toContain('No environment "local"');
  });

  it('is the package script of package.json', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.package).toBe('node scripts/package-app.js');
  });
});
