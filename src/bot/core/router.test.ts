import { BOT_COMMANDS } from './textCommands';
import { VERBS, parseCardAction } from './actionData';
import { COMMAND_HANDLERS, isVerb } from './router';
import { VERB_HANDLERS } from './verbTable';

describe('the verb table', () => {
  it('has one handler per verb, and only sign-up, cancel and the follow-up\'s saves change anything', () => {
    expect(Object.keys(VERB_HANDLERS).sort()).toEqual([...VERBS].sort());
    expect(VERBS.filter((v) => VERB_HANDLERS[v].changes).sort()).toEqual(['cancel', 'followUpComment', 'followUpDone', 'followUpPostpone', 'signUp']);
    expect(isVerb('signUp')).toBe(true);
    expect(isVerb('dropTables')).toBe(false);
  });

  it('has a handler for every text command', () => {
    expect(Object.keys(COMMAND_HANDLERS).sort()).toEqual(BOT_COMMANDS.map((c) => c.command).sort());
  });
});

describe('card action data', () => {
  const execute = (verb: unknown, data?: unknown) => ({ action: { type: 'Action.Execute', verb, data }, trigger: 'manual' });

  it('reads Action.Execute and Action.Submit alike', () => {
    expect(parseCardAction(execute('signUp', { trainingId: 'U-001' }), 'execute')).toEqual({ ok: true, value: { verb: 'signUp', data: { trainingId: 'U-001' } } });
    expect(parseCardAction({ verb: 'signUp', trainingId: 'U-001' }, 'submit')).toEqual({ ok: true, value: { verb: 'signUp', data: { trainingId: 'U-001' } } });
    expect(parseCardAction(execute('listTrainings'), 'execute')).toEqual({ ok: true, value: { verb: 'listTrainings', data: {} } });
    expect(parseCardAction(execute('refresh', { view: 'my' }), 'execute')).toEqual({ ok: true, value: { verb: 'refresh', data: { view: 'my' } } });
  });

  it('drops fields a verb does not use', () => {
    expect(parseCardAction(execute('cancel', { trainingId: 'U-002', extra: 'x' }), 'execute')).toEqual({ ok: true, value: { verb: 'cancel', data: { trainingId: 'U-002' } } });
  });

  it.each([
    [execute(undefined, {}), 'bot.invalidAction', 'action.verb'],
    [execute('nope', {}), 'bot.unknownVerb', 'verb'],
    [execute('signUp', {}), 'bot.invalidAction', 'trainingId'],
    [execute('signUp', { trainingId: 7 }), 'bot.invalidAction', 'trainingId'],
    [execute('signUp', { trainingId: '' }), 'bot.invalidAction', 'trainingId'],
    [execute('signUp', { trainingId: 'U 001' }), 'bot.invalidAction', 'trainingId'],
    [execute('refresh', { view: 'everything' }), 'bot.invalidAction', 'view'],
    [execute('refresh', { view: 'training' }), 'bot.invalidAction', 'trainingId'],
    [{ action: 'x' }, 'bot.invalidAction', 'action'],
    [[], 'bot.invalidAction', 'action'],
  ])('%j → %s (%s)', (value, code, field) => {
    expect(parseCardAction(value, 'execute')).toEqual({ ok: false, problem: expect.objectContaining({ kind: 'invalid', code, field }) });
  });

  it('refuses a huge value before looking at it', () => {
    expect(parseCardAction(execute('signUp', { trainingId: 'x'.repeat(5000) }), 'execute')).toEqual({
      ok: false,
      problem: { kind: 'invalid', code: 'bot.actionTooLarge', params: { max: 4096 } },
    });
  });
});
