import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Shared by the shipping tests (test/package): the project's files, and typed handles on the
 * plain-JS helpers (scripts/package-app.js, pngjs, adm-zip) that ship no TypeScript types.
 */
export const ROOT = path.join(__dirname, '..', '..');
export const APP_PACKAGE = path.join(ROOT, 'appPackage');

export const read = (relative: string): string => readFileSync(path.join(ROOT, relative), 'utf8');
export const readJson = <T = Record<string, unknown>>(relative: string): T => JSON.parse(read(relative)) as T;

export const PACKAGE_SCRIPT = path.join(ROOT, 'scripts', 'package-app.js');
export const packageScript = require(PACKAGE_SCRIPT) as { parseEnvFile(text: string): Record<string, string> };

/**
 * The official schema's complaints about a filled manifest or localization file, from
 * @microsoft/app-manifest's AppManifestUtils.validateAgainstSchema with its bundled schema (offline),
 * the way `npm run package` checks. In a node process of its own: the package loads an ES module
 * (strip-bom), which Node 20 requires natively and jest's module loader does not.
 */
export function validateOffline(doc: Record<string, unknown>): string[] {
  const code = `
    const { validate } = require(${JSON.stringify(PACKAGE_SCRIPT)});
    let input = '';
    process.stdin.on('data', (d) => (input += d)).on('end', async () => {
      process.stdout.write(JSON.stringify(await validate(JSON.parse(input))));
    });`;
  const run = spawnSync(process.execPath, ['-e', code], { input: JSON.stringify(doc), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`validation did not run: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[];
}

export interface Png {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, row by row */
  data: Buffer;
}
export const readPng = (file: string): Png =>
  (require('pngjs') as { PNG: { sync: { read(buffer: Buffer): Png } } }).PNG.sync.read(readFileSync(file));

export interface ZipEntry {
  entryName: string;
  isDirectory: boolean;
  getData(): Buffer;
}
export const readZip = (file: string): ZipEntry[] =>
  new (require('adm-zip') as new (file: string) => { getEntries(): ZipEntry[] })(file).getEntries();

/** The variables of an env file, parsed as the Toolkit and `npm run package` do. */
export const envFile = (relative: string): Record<string, string> => packageScript.parseEnvFile(read(relative));

/** Every `${{NAME}}` in a text. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g)].map((m) => m[1] as string);
}

/** Sample values for every variable the app package uses: what provision would write. */
export const SAMPLE_ENV: Record<string, string> = {
  TEAMS_APP_ID: '0f3c9a51-7d2e-4b8a-9c61-2e5d8f4a7b10',
  BOT_ID: '5a7e2c90-1b3d-4e6f-8a9b-0c1d2e3f4a5b',
  AAD_APP_CLIENT_ID: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
  TAB_DOMAIN: 'forvaltningsstod-dev-abc123.azurewebsites.net',
  TAB_ENDPOINT: 'https://forvaltningsstod-dev-abc123.azurewebsites.net',
  APP_NAME_SUFFIX: ' (dev)',
};
