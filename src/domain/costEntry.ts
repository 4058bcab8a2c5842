import { CostEntry, CostSide, Kronor, MAX_FTE, MAX_HOURS, MAX_KRONOR, kronorFor } from './costModel';
import { Result, fail, ok } from './problem';

/**
 * An amount as entered (kronor, hours × an hourly rate, FTE × a yearly rate) checked and turned
 * into whole kronor by `kronorFor` (integers, rounded half up: 0.1 FTE × 650 001 kr is 65 000 kr).
 */

/** What the API sends before the kronor are worked out. */
export type CostEntryInput =
  | { kind: 'kronor'; kronor: number }
  | { kind: 'hours'; hours: number; ratePerHour: number }
  | { kind: 'fte'; fte: number; ratePerYear: number };

/** `n` has at most `places` decimals (7.5 for hours; 0.25 for FTE), allowing for how doubles print. */
export function hasAtMostDecimals(n: number, places: number): boolean {
  if (!Number.isFinite(n)) return false;
  const scaled = n * 10 ** places;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

const isKronor = (n: number): boolean => Number.isInteger(n) && n >= 0 && n <= MAX_KRONOR;

/**
 * Checks an entry and works out its kronor. Hours and FTE are the university's own staff time,
 * so only the internal side takes them.
 */
export function toCostEntry(input: CostEntryInput, side: CostSide): Result<CostEntry> {
  if (input.kind === 'kronor') {
    if (!isKronor(input.kronor)) return fail('invalid', 'costs.kronor', { field: 'entry.kronor', params: { max: MAX_KRONOR } });
    return ok({ kind: 'kronor', kronor: input.kronor });
  }
  if (side !== 'internal') return fail('invalid', 'costs.timeOnlyInternal', { field: 'entry.kind' });
  if (input.kind === 'hours') {
    if (!(input.hours >= 0 && input.hours <= MAX_HOURS) || !hasAtMostDecimals(input.hours, 1))
      return fail('invalid', 'costs.hours', { field: 'entry.hours', params: { max: MAX_HOURS } });
    if (!isKronor(input.ratePerHour)) return fail('invalid', 'costs.kronor', { field: 'entry.ratePerHour', params: { max: MAX_KRONOR } });
    const kronor = kronorFor(input.hours, 1, input.ratePerHour);
    if (kronor > BigInt(MAX_KRONOR)) return fail('invalid', 'costs.kronor', { field: 'entry.hours', params: { max: MAX_KRONOR } });
    return ok({ kind: 'hours', hours: Math.round(input.hours * 10) / 10, ratePerHour: input.ratePerHour, kronor: Number(kronor) });
  }
  if (!(input.fte >= 0 && input.fte <= MAX_FTE) || !hasAtMostDecimals(input.fte, 2))
    return fail('invalid', 'costs.fte', { field: 'entry.fte', params: { max: MAX_FTE } });
  if (!isKronor(input.ratePerYear)) return fail('invalid', 'costs.kronor', { field: 'entry.ratePerYear', params: { max: MAX_KRONOR } });
  const kronor = kronorFor(input.fte, 2, input.ratePerYear);
  if (kronor > BigInt(MAX_KRONOR)) return fail('invalid', 'costs.kronor', { field: 'entry.fte', params: { max: MAX_KRONOR } });
  return ok({ kind: 'fte', fte: Math.round(input.fte * 100) / 100, ratePerYear: input.ratePerYear, kronor: Number(kronor) });
}

/** The entry's kronor (0 for no entry). */
export const entryKronor = (entry: CostEntry | undefined | null): Kronor => entry?.kronor ?? 0;
