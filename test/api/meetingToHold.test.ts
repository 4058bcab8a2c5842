import { TestApp, startTestApp } from '../helpers/app';

/**
 * Issue 15, item 2: which meeting "Starta möte" offers. After a scheduled meeting that passed
 * without minutes, that one (late), not next month's; without a date the API starts that one too.
 */
let app: TestApp;
let now = new Date('2026-12-07T09:00:00Z'); // Monday after the first Tuesday (1 December)
beforeAll(async () => {
  app = await startTestApp({}, { now: () => now });
});
afterAll(() => app.stop());

const list = async (as = 'lead') => (await app.request('GET', '/api/meetings', { as })).json;
const start = (body: unknown) => app.request('POST', '/api/meetings', { body });

describe('which meeting to hold', () => {
  it('with no meeting ever held and the default schedule: the next one, not late', async () => {
    expect((await list('reader')).due).toEqual({ date: '2027-01-05', late: false, next: '2027-01-05' });
  });

  it('once meetings are held, a first Tuesday without minutes is offered late — and a start without a date files under it', async () => {
    const november = await start({ meetingDate: '2026-11-03' });
    expect(november.status).toBe(201);
    expect((await app.request('POST', `/api/meetings/${november.json.id}/finish`, { body: { summary: 'November' } })).status).toBe(200);

    expect((await list()).due).toEqual({ date: '2026-12-01', late: true, next: '2027-01-05' });
    const started = await start({});
    expect(started.status).toBe(201);
    expect(started.json.meetingDate).toBe('2026-12-01');

    // Held (still running counts): nothing is late any more, the next one is offered.
    expect((await list()).due).toEqual({ date: '2027-01-05', late: false, next: '2027-01-05' });
  });

  it('a schedule changed after this month’s meeting: nothing late until its own meeting day passes without minutes', async () => {
    const schedule = { rule: { week: 'second', weekday: 'wednesday' }, time: '10:00', timeZone: 'Europe/Stockholm', reminderDaysBefore: 2, onMeetingMorning: false, nudges: false };
    now = new Date('2026-12-11T09:00:00Z'); // after Wednesday 9 December; December's meeting was held on the 1st
    const saved = await app.request('PUT', '/api/settings/follow-up', { body: { channelId: null, schedule }, headers: { 'if-match': '"0"' } });
    expect(saved.status).toBe(200);
    expect((await list()).due).toEqual({ date: '2027-01-13', late: false, next: '2027-01-13' });
    now = new Date('2027-01-13T12:00:00Z');
    expect((await list()).due).toEqual({ date: '2027-01-13', late: false, next: '2027-01-13' });
    now = new Date('2027-01-14T08:00:00Z');
    expect((await list()).due).toEqual({ date: '2027-01-13', late: true, next: '2027-02-10' });
    expect((await start({})).json.meetingDate).toBe('2027-01-13');
  });
});
