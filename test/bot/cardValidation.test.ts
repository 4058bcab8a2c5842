import { sampleCards } from '../helpers/cardGallery';
import { LOCALES } from '../../src/i18n';

/**
 * Every card the bot sends validates as an Adaptive Card 1.5 with the reference parser
 * (`adaptivecards`, loaded from its Node-compatible bundle): no parse events (unknown element
 * or action types, bad values) and no validation events (missing required properties,
 * duplicate ids), in Swedish and English.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AdaptiveCards = require('adaptivecards/dist/adaptivecards.js');

function problemsOf(json: unknown): string[] {
  const card = new AdaptiveCards.AdaptiveCard();
  const context = new AdaptiveCards.SerializationContext(AdaptiveCards.Versions.v1_5);
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const event of card.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
  return problems;
}

/** Every element and action type in the card (fallbacks included). */
function typesIn(json: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(json)) json.forEach((v) => typesIn(v, found));
  else if (json && typeof json === 'object') {
    const type = (json as { type?: unknown }).type;
    if (typeof type === 'string') found.add(type);
    Object.values(json).forEach((v) => typesIn(v, found));
  }
  return found;
}

/** The types of Adaptive Cards 1.5 that the bot uses (inputs: the follow-up's forms). */
const ALLOWED_TYPES = new Set(['AdaptiveCard', 'TextBlock', 'FactSet', 'Container', 'ActionSet', 'Action.Execute', 'Action.Submit', 'Action.OpenUrl', 'Input.Text', 'Input.Date']);

describe.each(LOCALES)('cards (%s)', (locale) => {
  const cards = sampleCards(locale);

  it('has a sample of every card builder', () => {
    expect(cards.map((c) => c.name)).toEqual(
      expect.arrayContaining(['welcome', 'help', 'trainingList', 'signUpResult-confirmed', 'signUpResult-waitlisted', 'confirmation', 'myRegistrations', 'cancelled', 'promoted', 'reminder', 'trainingCancelled', 'trainingChanged', 'error', 'followUpReminder', 'followUpNudge', 'followUpForm-done', 'followUpForm-postpone', 'followUpForm-comment', 'followUpChosen']),
    );
  });

  it.each(cards.map((c) => [c.name, c.card] as const))('%s validates as Adaptive Card 1.5 without errors', (_name, card) => {
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(problemsOf(card)).toEqual([]);
    expect([...typesIn(card)].filter((t) => !ALLOWED_TYPES.has(t))).toEqual([]);
    // Teams refuses cards over about 28 KB.
    expect(JSON.stringify(card).length).toBeLessThan(28 * 1024);
  });

  it('the parser does report a broken card (the check is real)', () => {
    expect(problemsOf({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Icon', name: 'x' }] })).not.toEqual([]);
    expect(problemsOf({ type: 'AdaptiveCard', version: '1.5', body: [], actions: [{ type: 'Action.OpenUrl', title: 'x' }] })).not.toEqual([]);
  });

  it('every Action.Execute has a verb and an Action.Submit fallback with the same verb', () => {
    const executes: any[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        if ((v as any).type === 'Action.Execute') executes.push(v);
        Object.values(v).forEach(walk);
      }
    };
    cards.forEach((c) => walk(c.card));
    expect(executes.length).toBeGreaterThan(20);
    for (const action of executes) {
      expect(typeof action.verb).toBe('string');
      if (action.verb === 'refresh') continue; // the card's refresh runs only with Universal Actions
      expect(action.fallback).toMatchObject({ type: 'Action.Submit', data: { ...action.data, verb: action.verb } });
    }
  });
});
