import { CostCalculation, CostCell, CostScenario, MAX_COST_NAME } from './costModel';
import { changed, costEntry } from './costAudit';
import { CostChange, CostEdit, nextVersion, stale, stamped } from './costs';
import { isHttpsUrl } from './httpsLink';
import { isIsoDate } from './calendar';
import { Result, fail, ok } from './problem';

/**
 * Scenarios: named alternatives of the budget (the utfall is shared). A new one starts as a copy
 * of another's budget as it is now; names are unique (case-insensitive); one scenario at a time
 * may be the decided one, with the day and an https link to the decision. A rename or a decision
 * conflicts when a scenario it changes (the decided one loses its mark) changed after the
 * version read.
 */

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('sv') === b.trim().toLocaleLowerCase('sv');

function checkName(calc: CostCalculation, name: string, except: string | null): Result<string> {
  const trimmed = name.trim();
  if (!trimmed) return fail('invalid', 'validation.required', { field: 'name' });
  if (trimmed.length > MAX_COST_NAME) return fail('invalid', 'validation.tooLong', { field: 'name', params: { max: MAX_COST_NAME } });
  if (calc.scenarios.some((s) => s.id !== except && sameName(s.name, trimmed))) return fail('invalid', 'costs.duplicateScenario', { field: 'name', params: { name: trimmed } });
  return ok(trimmed);
}

const scenarioNumber = (id: string) => Number(id.slice(2)) || 0;

export function addScenario(calc: CostCalculation, input: { name: string; copyOf: string }, edit: CostEdit): Result<CostChange> {
  const source = calc.scenarios.find((s) => s.id === input.copyOf);
  if (!source) return fail('invalid', 'costs.unknownScenario', { field: 'copyOf', params: { id: input.copyOf } });
  const name = checkName(calc, input.name, null);
  if (!name.ok) return name;
  const id = `S-${Math.max(...calc.scenarios.map((s) => scenarioNumber(s.id))) + 1}`;
  const version = nextVersion(calc);
  const prefix = `b|${source.id}|`;
  const copies: Record<string, CostCell> = {};
  for (const [key, cell] of Object.entries(calc.cells))
    if (key.startsWith(prefix)) copies[`b|${id}|${key.slice(prefix.length)}`] = { entry: cell.entry, changedIn: version };
  const scenario: CostScenario = { id, name: name.value, decided: null, changedIn: version };
  return ok({
    calculation: stamped(calc, edit, { scenarios: [...calc.scenarios, scenario], cells: { ...calc.cells, ...copies } }),
    audit: costEntry(edit.at, edit.by, 'costs.scenarioAdded', { scenario: scenario.name }, [
      { field: 'scenarioId', from: null, to: id },
      { field: 'copyOf', from: null, to: source.name },
    ]),
  });
}

export function changeScenario(calc: CostCalculation, id: string, input: { name: string }, edit: CostEdit): Result<CostChange> {
  const scenario = calc.scenarios.find((s) => s.id === id);
  if (!scenario) return fail('not_found', 'costs.unknownScenario', { params: { id } });
  if (scenario.changedIn > edit.read) return stale(calc);
  const name = checkName(calc, input.name, id);
  if (!name.ok) return name;
  const changes = changed('scenarioName', scenario.name, name.value);
  if (changes.length === 0) return fail('invalid', 'costs.unchanged', { field: 'name' });
  const version = nextVersion(calc);
  return ok({
    calculation: stamped(calc, edit, { scenarios: calc.scenarios.map((s) => (s.id === id ? { ...s, name: name.value, changedIn: version } : s)) }),
    audit: costEntry(edit.at, edit.by, 'costs.scenarioChanged', { scenario: scenario.name }, changes),
  });
}

/** Marks the scenario as the decided one (any other loses the mark). */
export function decideScenario(calc: CostCalculation, id: string, input: { on: string; link: string | null }, edit: CostEdit): Result<CostChange> {
  const scenario = calc.scenarios.find((s) => s.id === id);
  if (!scenario) return fail('not_found', 'costs.unknownScenario', { params: { id } });
  if (!isIsoDate(input.on)) return fail('invalid', 'validation.date', { field: 'on' });
  if (input.link !== null && !isHttpsUrl(input.link)) return fail('invalid', 'costs.httpsLink', { field: 'link' });
  if (scenario.decided && scenario.decided.on === input.on && scenario.decided.link === input.link) return fail('invalid', 'costs.unchanged', { field: 'on' });
  const touched = calc.scenarios.filter((s) => s.id === id || s.decided);
  if (touched.some((s) => s.changedIn > edit.read)) return stale(calc);
  const previous = calc.scenarios.find((s) => s.decided && s.id !== id);
  const version = nextVersion(calc);
  const decided = { on: input.on, link: input.link, by: edit.by, at: edit.at };
  const scenarios = calc.scenarios.map((s) =>
    s.id === id ? { ...s, decided, changedIn: version } : s.decided ? { ...s, decided: null, changedIn: version } : s,
  );
  return ok({
    calculation: stamped(calc, edit, { scenarios }),
    audit: costEntry(edit.at, edit.by, 'costs.scenarioDecided', { scenario: scenario.name }, [
      ...changed('decidedOn', scenario.decided?.on ?? null, input.on),
      ...changed('decisionLink', scenario.decided?.link ?? null, input.link),
      ...(previous ? [{ field: 'undecided', from: previous.name, to: null }] : []),
    ]),
  });
}
