import { daysBetween, isIsoDate, localDate, nextMeetingDate } from './calendar';

describe('calendar', () => {
  it('finds the next first-Tuesday meeting on or after a date', () => {
    expect(nextMeetingDate('2026-12-01')).toBe('2026-12-01'); // a first Tuesday itself
    expect(nextMeetingDate('2026-12-02')).toBe('2027-01-05');
    expect(nextMeetingDate('2026-11-29')).toBe('2026-12-01');
    expect(nextMeetingDate('2026-03-01')).toBe('2026-03-03');
    expect(nextMeetingDate('2026-09-01')).toBe('2026-09-01');
  });

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
