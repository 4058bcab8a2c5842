// @ts-check
/**
 * Debian's Chromium for the browser tests, the card renderer and the benchmarks: where it is
 * and how it is started (headless, no sandbox as root, and none of the background networking
 * that this machine's closed network would refuse). One place, used by all of them.
 */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

module.exports = { CHROMIUM_PATH, CHROMIUM_ARGS };
