import { holidayOn, isWorkingDay, swedishHolidays, workingDayOnOrBefore } from './workingDays';

/** Swedish working days over several years: the fixed holidays, the Easter-dependent ones and the eves that are days off. */
describe('working days in Sweden', () => {
  // Easter Sunday 2026-04-05, 2027-03-28, 2028-04-16, 2029-04-01, 2030-04-21.
  const years: Record<number, { goodFriday: string; easterMonday: string; ascension: string; midsummerEve: string }> = {
    2026: { goodFriday: '2026-04-03', easterMonday: '2026-04-06', ascension: '2026-05-14', midsummerEve: '2026-06-19' },
    2027: { goodFriday: '2027-03-26', easterMonday: '2027-03-29', ascension: '2027-05-06', midsummerEve: '2027-06-25' },
    2028: { goodFriday: '2028-04-14', easterMonday: '2028-04-17', ascension: '2028-05-25', midsummerEve: '2028-06-23' },
    2029: { goodFriday: '2029-03-30', easterMonday: '2029-04-02', ascension: '2029-05-10', midsummerEve: '2029-06-22' },
    2030: { goodFriday: '2030-04-19', easterMonday: '2030-04-22', ascension: '2030-05-30', midsummerEve: '2030-06-21' },
  };

  it.each(Object.entries(years))('%s: långfredagen, annandag påsk, Kristi himmelsfärdsdag and midsommarafton are days off, named in Swedish and English', (year, d) => {
    expect(holidayOn(d.goodFriday)).toEqual({ date: d.goodFriday, name: { sv: 'långfredagen', en: 'Good Friday' } });
    expect(holidayOn(d.easterMonday)?.name).toEqual({ sv: 'annandag påsk', en: 'Easter Monday' });
    expect(holidayOn(d.ascension)?.name).toEqual({ sv: 'Kristi himmelsfärdsdag', en: 'Ascension Day' });
    expect(holidayOn(d.midsummerEve)?.name).toEqual({ sv: 'midsommarafton', en: 'Midsummer Eve' });
    for (const date of [d.goodFriday, d.easterMonday, d.ascension, d.midsummerEve]) expect(isWorkingDay(date)).toBe(false);
    // Skärtorsdagen (the Thursday before Good Friday) is a working day.
    const maundyThursday = `${year}-${d.goodFriday.slice(5, 7)}-${String(Number(d.goodFriday.slice(8)) - 1).padStart(2, '0')}`;
    expect(holidayOn(maundyThursday)).toBeNull();
  });

  it.each([2026, 2027, 2028, 2029, 2030])('%s: julafton and nyårsafton are days off as well as the fixed holidays; the observances are not', (year) => {
    const dates = swedishHolidays(year).map((h) => h.date);
    for (const md of ['01-01', '01-06', '05-01', '06-06', '12-24', '12-25', '12-26', '12-31']) expect(dates).toContain(`${year}-${md}`);
    expect(holidayOn(`${year}-12-24`)?.name).toEqual({ sv: 'julafton', en: 'Christmas Eve' });
    expect(holidayOn(`${year}-12-31`)?.name).toEqual({ sv: 'nyårsafton', en: "New Year's Eve" });
    // Luciadagen, Nobeldagen, valborgsmässoafton, trettondagsafton: working days (on a weekday).
    for (const md of ['12-13', '12-10', '04-30', '01-05']) expect(holidayOn(`${year}-${md}`)).toBeNull();
    expect(dates).toEqual([...dates].sort());
  });

  it('weekends are not working days; a day off moves back to the working day before it', () => {
    expect(isWorkingDay('2026-12-07')).toBe(true); // Monday
    expect(isWorkingDay('2026-12-05')).toBe(false); // Saturday
    expect(isWorkingDay('2026-12-06')).toBe(false); // Sunday
    expect(workingDayOnOrBefore('2026-12-07')).toBe('2026-12-07');
    expect(workingDayOnOrBefore('2026-11-29')).toBe('2026-11-27'); // Sunday → Friday
    // Nyårsdagen (Friday) and nyårsafton (Thursday) before a weekend: Wednesday 30 December.
    expect(workingDayOnOrBefore('2027-01-03')).toBe('2026-12-30');
    // Annandag påsk, Easter weekend, långfredagen: skärtorsdagen.
    expect(workingDayOnOrBefore('2026-04-06')).toBe('2026-04-02');
    // Midsommarafton 2027 (Friday 25 June): Thursday 24 June.
    expect(workingDayOnOrBefore('2027-06-25')).toBe('2027-06-24');
    // Julafton 2027 is a Friday: Thursday 23 December.
    expect(workingDayOnOrBefore('2027-12-26')).toBe('2027-12-23');
  });
});
