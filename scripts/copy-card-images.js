// @ts-check
/**
 * Copies the README's selection of card images from test-output/cards/ (written by
 * test/browser/cards.test.ts) to docs/cards/, which is committed. Run after the card test:
 *
 *   npx jest test/browser/cards && node scripts/copy-card-images.js
 */
const { copyFileSync, existsSync, mkdirSync, statSync } = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const FROM = path.join(ROOT, 'test-output', 'cards');
const TO = path.join(ROOT, 'docs', 'cards');
const MAX_BYTES = 80 * 1024;

/** The cards the README shows (file names as the test writes them: <locale>-<card>.png). */
const SELECTION = [
  'sv-welcome',
  'sv-trainingList',
  'sv-signUpResult-confirmed',
  'sv-signUpResult-waitlisted',
  'sv-confirmation',
  'sv-promoted',
  'sv-reminder',
  'sv-error',
  'en-confirmation',
  'sv-followUpReminder',
];

const missing = SELECTION.filter((name) => !existsSync(path.join(FROM, `${name}.png`)));
if (missing.length) {
  console.error(`Not rendered yet: ${missing.join(', ')}. Run \`npx jest test/browser/cards\` first.`);
  process.exit(1);
}
mkdirSync(TO, { recursive: true });
for (const name of SELECTION) {
  const source = path.join(FROM, `${name}.png`);
  const size = statSync(source).size;
  copyFileSync(source, path.join(TO, `${name}.png`));
  console.log(`docs/cards/${name}.png  ${(size / 1024).toFixed(1)} kB${size > MAX_BYTES ? '  (over 80 kB: too large for the README)' : ''}`);
}
