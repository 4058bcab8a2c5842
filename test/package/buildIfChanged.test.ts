import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** `npm start` builds only when an input of the build changed since the last one (scripts/build-if-changed.js). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { needsBuild, writeStamp } = require('../../scripts/build-if-changed.js') as { needsBuild: (root: string) => boolean; writeStamp: (root: string) => void };

let root: string;
const file = (relative: string) => {
  const full = path.join(root, relative);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, 'x');
  return full;
};
/** Moves a file's modification time `seconds` from now. */
const age = (full: string, seconds: number) => {
  const at = new Date(Date.now() + seconds * 1000);
  utimesSync(full, at, at);
};

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'fs-build-'));
  for (const f of ['src/index.ts', 'src/tab/main.tsx', 'package.json', 'package-lock.json', 'tsconfig.json']) age(file(f), -60);
  for (const f of ['dist/src/index.js', 'dist/tab/index.html']) age(file(f), -30);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm start builds only when something changed', () => {
  it('builds when there is no stamp of a finished build, or no built server or tab', () => {
    expect(needsBuild(root)).toBe(true);
    writeStamp(root);
    expect(needsBuild(root)).toBe(false);
    rmSync(path.join(root, 'dist/tab/index.html'));
    expect(needsBuild(root)).toBe(true);
  });

  it('builds again after a source, a package or a build setting changed, not before', () => {
    writeStamp(root);
    expect(needsBuild(root)).toBe(false);
    age(path.join(root, 'src/tab/main.tsx'), 5);
    expect(needsBuild(root)).toBe(true);
    writeStamp(root);
    age(path.join(root, 'src/tab/main.tsx'), -60);
    expect(needsBuild(root)).toBe(false);
    age(path.join(root, 'package-lock.json'), 5);
    expect(needsBuild(root)).toBe(true);
    writeStamp(root);
    age(path.join(root, 'package-lock.json'), -60);
    age(file('src/domain/new.ts'), 5);
    expect(needsBuild(root)).toBe(true);
  });
});
