import { hasAtMostDecimals, toCostEntry } from './costEntry';
import { MAX_KRONOR } from './costModel';

const kronorOf = (r: ReturnType<typeof toCostEntry>) => (r.ok ? r.value.kronor : r.problem);

describe('a cost entry', () => {
  it('keeps whole kronor as they are, from 0 to MAX_KRONOR', () => {
    expect(kronorOf(toCostEntry({ kind: 'kronor', kronor: 0 }, 'external'))).toBe(0);
    expect(kronorOf(toCostEntry({ kind: 'kronor', kronor: MAX_KRONOR }, 'external'))).toBe(MAX_KRONOR);
  });

  it.each([
    ['negative', -1],
    ['fractional', 10.5],
    ['above the maximum', MAX_KRONOR + 1],
    ['10^15', 1e15],
    ['not a number', Number.NaN],
  ])('refuses %s kronor, naming the field', (_what, kronor) => {
    expect(kronorOf(toCostEntry({ kind: 'kronor', kronor }, 'external'))).toMatchObject({ kind: 'invalid', code: 'costs.kronor', field: 'entry.kronor' });
  });

  it('turns hours × an hourly rate into kronor, rounded half up', () => {
    expect(kronorOf(toCostEntry({ kind: 'hours', hours: 7.5, ratePerHour: 650 }, 'internal'))).toBe(4875);
    expect(kronorOf(toCostEntry({ kind: 'hours', hours: 0.1, ratePerHour: 5 }, 'internal'))).toBe(1); // 0.5 → 1
    expect(kronorOf(toCostEntry({ kind: 'hours', hours: 0.1, ratePerHour: 4 }, 'internal'))).toBe(0); // 0.4 → 0
    expect(kronorOf(toCostEntry({ kind: 'hours', hours: 1600, ratePerHour: 725 }, 'internal'))).toBe(1_160_000);
  });

  it('turns FTE × a yearly rate into kronor in integers, without float drift', () => {
    // 0.1 × 650 001 = 65 000.1 → 65 000; in doubles 0.1 * 650001 is 65000.100000000006.
    expect(kronorOf(toCostEntry({ kind: 'fte', fte: 0.1, ratePerYear: 650_001 }, 'internal'))).toBe(65_000);
    expect(kronorOf(toCostEntry({ kind: 'fte', fte: 0.15, ratePerYear: 650_010 }, 'internal'))).toBe(97_502); // 97 501.5 → 97 502
    expect(kronorOf(toCostEntry({ kind: 'fte', fte: 0.29, ratePerYear: 100 }, 'internal'))).toBe(29); // 0.29 * 100 = 28.999999999999996 in doubles
    expect(kronorOf(toCostEntry({ kind: 'fte', fte: 1000, ratePerYear: 1_000_000_000 }, 'internal'))).toBe(MAX_KRONOR);
    const entry = toCostEntry({ kind: 'fte', fte: 0.5, ratePerYear: 900_000 }, 'internal');
    expect(entry.ok && entry.value).toEqual({ kind: 'fte', fte: 0.5, ratePerYear: 900_000, kronor: 450_000 });
  });

  it('refuses hours with 2 decimals, FTE with 3, a fractional rate, time on the external side, and products above the maximum', () => {
    expect(kronorOf(toCostEntry({ kind: 'hours', hours: 7.25, ratePerHour: 650 }, 'internal'))).toMatchObject({ field: 'entry.hours' });
    expect(kronorOf(toCostEntry({ kind: 'fte', fte: 0.125, ratePerYear: 650 }, 'internal'))).toMatchObject({ field: 'entry.fte' });
    expect(kronorOf(toCostEntry({ kind: 'fte', fte: 0.5, ratePerYear: 650.5 }, 'internal'))).toMatchObject({ field: 'entry.ratePerYear' });
    expect(kronorOf(toCostEntry({ kind: 'hours', hours: 7.5, ratePerHour: 650 }, 'external'))).toMatchObject({ code: 'costs.timeOnlyInternal', field: 'entry.kind' });
    expect(kronorOf(toCostEntry({ kind: 'hours', hours: 100_000, ratePerHour: MAX_KRONOR }, 'internal'))).toMatchObject({ code: 'costs.kronor' });
  });

  it('counts decimals as written, despite how doubles print', () => {
    expect(hasAtMostDecimals(0.29, 2)).toBe(true);
    expect(hasAtMostDecimals(1.1, 1)).toBe(true);
    expect(hasAtMostDecimals(1.15, 1)).toBe(false);
    expect(hasAtMostDecimals(Number.POSITIVE_INFINITY, 1)).toBe(false);
  });
});
