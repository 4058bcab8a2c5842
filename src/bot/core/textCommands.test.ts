import { BOT_COMMANDS, normalise, parseCommand } from './textCommands';

describe('bot commands', () => {
  it.each([
    ['utbildningar', 'trainings'],
    ['Utbildningar', 'trainings'],
    ['  UTBILDNINGAR  ', 'trainings'],
    ['trainings', 'trainings'],
    ['Trainings!', 'trainings'],
    ['/utbildningar', 'trainings'],
    ['<at>Förvaltningsstöd</at> utbildningar', 'trainings'],
    ['<at>Förvaltningsstöd</at>&nbsp;Trainings', 'trainings'],
    ['mina', 'my'],
    ['Mina anmälningar', 'my'],
    ['my', 'my'],
    ['MY', 'my'],
    ['hjälp', 'help'],
    ['hjalp', 'help'],
    ['HJÄLP', 'help'],
    ['Hjälp?', 'help'],
    ['help', 'help'],
    ['?', 'help'],
    ['<at>Förvaltningsstöd</at> följ upp här', 'followUpHere'],
    ['Följ upp här!', 'followUpHere'],
    ['follow up here', 'followUpHere'],
    ['<at>Förvaltningsstöd</at> restlista', 'restlista'],
    ['Restlistan', 'restlista'],
    ['open items', 'restlista'],
  ])('%j → %s', (text, command) => {
    expect(parseCommand(text)).toBe(command);
  });

  it.each(['', '   ', 'anmäl mig till allt', 'utbildningar i morgon', '<at>Bot</at>', 'x'.repeat(50_000)])('unknown: %j', (text) => {
    expect(parseCommand(text)).toBeNull();
  });

  it('normalises case, diacritics and spaces', () => {
    expect(normalise('  Mina\u00a0ANMÄLNINGAR ')).toBe('mina anmalningar');
    expect(normalise('Öppna Å')).toBe('oppna a');
  });

  it('lists each command in Swedish and English for the manifest, with a description key and where it works', () => {
    expect(BOT_COMMANDS.map((c) => [c.sv, c.en, c.scopes.join(' ')])).toEqual([
      ['utbildningar', 'trainings', 'personal'],
      ['mina', 'my', 'personal'],
      ['restlista', 'open items', 'personal team'],
      ['följ upp här', 'follow up here', 'team'],
      ['hjälp', 'help', 'personal team'],
    ]);
    for (const c of BOT_COMMANDS) expect(c.description).toMatch(/^bot\.command\./);
  });
});
