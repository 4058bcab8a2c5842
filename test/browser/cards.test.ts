import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { sampleCards } from '../helpers/cardGallery';
import { LOCALES } from '../../src/i18n';
import { launchBrowser } from './harness';
import { CARD_WIDTH, CardPage, openCardPage, visibleTexts } from './cardRenderer';

/**
 * Every card the bot sends, in Swedish and English, rendered by the reference Adaptive Cards
 * renderer in headless Chromium with a Teams-like host config: it parses as 1.5 without
 * errors, shows every text, fact and button title, no button title is cut off, and a PNG of it
 * is written to test-output/cards/<locale>-<name>.png (the README shows a selection, copied to
 * docs/cards/ by scripts/copy-card-images.js).
 */
const CARD_IMAGES = path.join(__dirname, '..', '..', 'test-output', 'cards');

let browser: Browser;
let cards: CardPage;
beforeAll(async () => {
  mkdirSync(CARD_IMAGES, { recursive: true });
  browser = await launchBrowser();
  cards = await openCardPage(browser);
});
afterAll(async () => {
  await cards?.close();
  await browser?.close();
});

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(LOCALES)('cards rendered in Chromium (%s)', (locale) => {
  it.each(sampleCards(locale).map((c) => [c.name, c.card] as const))('%s', async (name, card) => {
    const result = await cards.render(card);
    expect(result.problems).toEqual([]);

    // The card is drawn at the bubble's width, with height, and says what it should.
    expect(result.width).toBe(CARD_WIDTH);
    expect(result.height).toBeGreaterThan(40);
    const shown = oneLine(result.text);
    const expected = visibleTexts(card);
    expect(expected.length).toBeGreaterThan(0);
    expect(shown).toContain(oneLine(expected[0]!));
    for (const text of expected) expect(shown).toContain(oneLine(text));
    expect(result.clippedButtons).toEqual([]);

    const file = path.join(CARD_IMAGES, `${locale}-${name}.png`);
    await cards.screenshot(file);
    expect(statSync(file).size).toBeGreaterThan(2_000);
  });
});

it('a card the renderer cannot parse is reported (the check is real)', async () => {
  const result = await cards.render({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Icon', name: 'x' }] });
  expect(result.problems).not.toEqual([]);
});
