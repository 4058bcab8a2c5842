// @ts-check
/**
 * The browser tests need Debian's Chromium. Where it is missing, install it when we can (root
 * with apt-get), else stop at once with a one-line instruction — never skip the tests silently.
 */
const { existsSync } = require('node:fs');
const { execSync } = require('node:child_process');

const { CHROMIUM_PATH: CHROMIUM } = require('./chromium');

if (existsSync(CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt && !process.env.CHROMIUM_PATH) {
  console.log('Chromium not found: installing Debian chromium for the browser tests (apt-get) …');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } catch {
    console.error('Installing chromium with apt-get failed; install it (apt-get install chromium) or set CHROMIUM_PATH.');
    process.exit(1);
  }
  if (existsSync(CHROMIUM)) process.exit(0);
}
console.error(
  `The browser tests need Chromium at ${CHROMIUM}: run \`sudo apt-get install -y chromium\` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium/Chrome binary.`,
);
process.exit(1);
