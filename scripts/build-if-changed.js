#!/usr/bin/env node
/**
 * `npm start` builds only when something the build reads changed since the last build: the
 * sources (src/, bench/), the build's own scripts and settings, the packages. `npm run build`
 * leaves a stamp (dist/.build-stamp) when it succeeds; a start finds every input older than the
 * stamp and says it skips the build. `--stamp` writes the stamp (the build's last step).
 */
const { spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const STAMP = path.join('dist', '.build-stamp');
const INPUTS = ['src', 'bench', 'scripts/build-tab.js', 'scripts/bundle.js', 'scripts/fluentImports.js', 'tsconfig.json', 'tsconfig.build.json', 'tsconfig.tab.json', 'package.json', 'package-lock.json'];

/** The newest modification time (ms) under `target`, a file or a folder; 0 when it does not exist. */
function newest(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(target)) latest = Math.max(latest, newest(path.join(target, entry)));
  return latest;
}

/** Whether the build in `root` is missing or older than one of its inputs. */
function needsBuild(root = ROOT) {
  const stamp = path.join(root, STAMP);
  if (!existsSync(stamp) || !existsSync(path.join(root, 'dist', 'src', 'index.js')) || !existsSync(path.join(root, 'dist', 'tab', 'index.html'))) return true;
  const built = statSync(stamp).mtimeMs;
  return INPUTS.some((input) => newest(path.join(root, input)) > built);
}

function writeStamp(root = ROOT) {
  mkdirSync(path.join(root, 'dist'), { recursive: true });
  writeFileSync(path.join(root, STAMP), `${new Date().toISOString()}\n`);
}

module.exports = { needsBuild, writeStamp, INPUTS };

if (require.main === module) {
  if (process.argv.includes('--stamp')) {
    writeStamp();
  } else if (!needsBuild()) {
    console.log('Nothing changed since the last build: starting it as it is (npm run build builds anyway).');
  } else {
    const built = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    process.exit(built.status ?? 1);
  }
}
