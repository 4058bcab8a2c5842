import { TestApp, startTestApp } from '../helpers/app';

/**
 * POST /api/settings/follow-up/preview: the next meetings by a schedule being edited, before it
 * is saved — reminders on working days (moved off weekends and Swedish holidays, saying from
 * which day), the holiday a meeting itself falls on named in Swedish and English. Nothing is
 * written; members may look, readers may not; bad input names the field.
 */
const NOW = new Date('2026-11-29T10:00:00.000Z');
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({}, { now: () => NOW });
});
afterAll(() => app.stop());

const base = { rule: { week: 'first', weekday: 'tuesday' }, time: '09:00', timeZone: 'Europe/Stockholm', reminderDaysBefore: 2, onMeetingMorning: false, nudges: true };
const preview = (schedule: unknown, as = 'lead') => app.request('POST', '/api/settings/follow-up/preview', { as, body: { schedule } });

describe('follow-up schedule preview API', () => {
  it('the default schedule never reminds on a Sunday: two days before the first Tuesday is the working day before', async () => {
    const res = await preview(base, 'member');
    expect(res.status).toBe(200);
    expect(res.json.upcoming).toEqual([
      { date: '2026-12-01', movedFrom: null, suggestedMove: null, at: '2026-12-01T08:00:00.000Z', holiday: null, reminders: [{ kind: 'daysBefore', at: '2026-11-27T08:00:00.000Z', movedFrom: '2026-11-29' }] },
      // Sunday 3 January → Saturday → nyårsdagen → nyårsafton → Wednesday 30 December.
      { date: '2027-01-05', movedFrom: null, suggestedMove: null, at: '2027-01-05T08:00:00.000Z', holiday: null, reminders: [{ kind: 'daysBefore', at: '2026-12-30T08:00:00.000Z', movedFrom: '2027-01-03' }] },
      { date: '2027-02-02', movedFrom: null, suggestedMove: null, at: '2027-02-02T08:00:00.000Z', holiday: null, reminders: [{ kind: 'daysBefore', at: '2027-01-29T08:00:00.000Z', movedFrom: '2027-01-31' }] },
    ]);
  });

  it('names the holiday a meeting falls on; the meeting date stays; nothing is saved', async () => {
    // The first Friday of January 2027 is nyårsdagen; a day before it is nyårsafton.
    const res = await preview({ ...base, rule: { week: 'first', weekday: 'friday' }, reminderDaysBefore: 1, onMeetingMorning: true });
    expect(res.status).toBe(200);
    expect(res.json.upcoming.map((m: { date: string }) => m.date)).toEqual(['2026-12-04', '2027-01-01', '2027-02-05']);
    expect(res.json.upcoming[1]).toEqual({
      date: '2027-01-01',
      movedFrom: null,
      // The next working day of January.
      suggestedMove: '2027-01-04',
      at: '2027-01-01T08:00:00.000Z',
      holiday: { date: '2027-01-01', name: { sv: 'nyårsdagen', en: "New Year's Day" } },
      reminders: [
        { kind: 'daysBefore', at: '2026-12-30T08:00:00.000Z', movedFrom: '2026-12-31' },
        { kind: 'morning', at: '2027-01-01T06:00:00.000Z', movedFrom: null },
      ],
    });
    const saved = await app.request('GET', '/api/settings/follow-up', { as: 'member' });
    expect(saved.json).toMatchObject({ version: 0, schedule: base });
    // The saved settings' meetings carry the same plan.
    expect(saved.json.upcoming[0]).toEqual({
      date: '2026-12-01',
      movedFrom: null,
      suggestedMove: null,
      at: '2026-12-01T08:00:00.000Z',
      holiday: null,
      reminders: [{ kind: 'daysBefore', at: '2026-11-27T08:00:00.000Z', movedFrom: '2026-11-29' }],
    });
  });

  it('a moved meeting is held on its new day; a move out of its month is a 400; a move of another rule is left out', async () => {
    const moved = await preview({ ...base, rule: { week: 'first', weekday: 'friday' }, moved: [{ from: '2027-01-01', to: '2027-01-04' }] });
    expect(moved.status).toBe(200);
    expect(moved.json.upcoming[1]).toMatchObject({ date: '2027-01-04', movedFrom: '2027-01-01', holiday: null });
    const otherMonth = await preview({ ...base, rule: { week: 'first', weekday: 'friday' }, moved: [{ from: '2027-01-01', to: '2026-12-31' }] });
    expect(otherMonth.status).toBe(400);
    expect(otherMonth.json.error).toMatchObject({ field: 'schedule.moved', message: 'Ett möte kan flyttas till en annan dag i samma månad.' });
    const stale = await preview({ ...base, moved: [{ from: '2027-01-01', to: '2027-01-04' }] });
    expect(stale.json.upcoming.map((m: { date: string }) => m.date)).toEqual(['2026-12-01', '2027-01-05', '2027-02-02']);
  });

  it('readers may not look; bad input is a 400 naming the field', async () => {
    expect((await preview(base, 'reader')).status).toBe(403);
    const bad = await preview({ ...base, time: '24:00' });
    expect(bad.status).toBe(400);
    expect(bad.json.error.field).toBe('schedule.time');
    const extra = await app.request('POST', '/api/settings/follow-up/preview', { as: 'lead', body: { schedule: base, channelId: null } });
    expect(extra.status).toBe(400);
  });
});
