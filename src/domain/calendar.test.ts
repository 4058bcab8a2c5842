import { daysBetween, isIsoDate, localDate } from './calendar';

describe('calendar', () => {
  it('reads the calendar date in the given zone', () => {
    expect(localDate(new Date('2026-07-01T22:30:00Z'), 'Europe/Stockholm')).toBe('2026-07-02');
    expect(localDate(new Date('2026-07-01T22:30:00Z'), 'UTC')).toBe('2026-07-01');
  });

  it('validates ISO dates strictly', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
    expect(isIsoDate('28/02/2026')).toBe(false);
  });

  it('counts whole days regardless of DST', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-26', '2026-10-24')).toBe(-2);
  });
});
