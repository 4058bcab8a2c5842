import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DateTime } from 'luxon';
import { TestApp, startTestApp } from '../helpers/app';
import { openSqliteStore } from '../../src/store/sqlite/sqliteStore';
import { seed } from '../../src/seed/seed';
import { DEMO_TRAINING_TOTALS } from '../../src/seed/demoTrainings';

/** The demo trainings (SEED_DEMO=true) reproduce the seed project's numbers and can be tried at once. */
const NOW = new Date('2026-11-29T09:00:00Z');
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ SEED_DEMO: 'true' }, { now: () => NOW });
});
afterAll(() => app.stop());

/** The exact number of unique people in the generated held mini-trainings (the seed project: about 520). */
const MINI_PARTICIPANTS = 519;

describe('demo trainings', () => {
  it('statistics: 39 mini-trainings held for ≈520 people, 8 champion sessions for 27, pilots for 4 leadership groups', async () => {
    const res = await app.request('GET', '/api/trainings/stats', { as: 'member' });
    expect(res.status).toBe(200);
    const kind = (k: string) => res.json.byKind.find((row: any) => row.kind === k);
    expect(kind('miniutbildning')).toMatchObject({ held: 39, trainings: 39 + 7, participants: MINI_PARTICIPANTS });
    expect(Math.abs(kind('miniutbildning').participants - 520)).toBeLessThanOrEqual(5);
    expect(MINI_PARTICIPANTS).toBe(DEMO_TRAINING_TOTALS.miniParticipants);
    expect(kind('champion')).toMatchObject({ held: 8, trainings: 8, participants: 27 });
    expect(kind('pilot')).toMatchObject({ held: 4, trainings: 4 });
    expect(res.json.total.held).toBe(51);

    // Held in the past autumn term, month by month in Stockholm time; the upcoming ones in the coming weeks.
    const months = res.json.byMonth.map((m: any) => [m.month, m.held]);
    expect(months.filter(([, held]: [string, number]) => held > 0).map(([m]: [string, number]) => m)).toEqual(['2025-09', '2025-10', '2025-11', '2025-12']);
    expect(months.reduce((sum: number, [, held]: [string, number]) => sum + held, 0)).toBe(51);

    const departments = res.json.byDepartment.map((d: any) => d.department);
    expect(departments).toEqual(expect.arrayContaining(['Institutionen för datavetenskap', 'Ekonomiavdelningen', 'HR-avdelningen', 'Biblioteket', 'Studentavdelningen', 'IT-avdelningen']));
    expect(departments[departments.length - 1]).toBeNull(); // unknown department: its own bucket, last
  });

  it('held mini-trainings: Teams meetings of 45–60 minutes in working hours (Stockholm), everyone marked as attended', async () => {
    const all = (await app.request('GET', '/api/trainings?all=true&status=held&kind=miniutbildning')).json.items;
    expect(all).toHaveLength(39);
    for (const t of all) {
      const start = DateTime.fromISO(t.start).setZone('Europe/Stockholm');
      const minutes = (Date.parse(t.end) - Date.parse(t.start)) / 60_000;
      expect([45, 60]).toContain(minutes);
      expect(start.hour).toBeGreaterThanOrEqual(9);
      expect(start.hour).toBeLessThanOrEqual(15);
      expect(start.weekday).toBeLessThanOrEqual(5);
      expect(t.meetingUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
      expect(t.attended).toBeGreaterThan(0);
      expect(t.confirmed + t.waitlisted).toBe(0);
    }
    const regs = (await app.request('GET', `/api/trainings/${all[0].id}/registrations`)).json.items;
    expect(regs[0]).toMatchObject({ status: 'attended', email: expect.stringMatching(/^[a-z]+\.[a-z]+@exempel\.se$/) });
  });

  it('upcoming: 7 open mini-trainings, some nearly full and one full with a waitlist; the demo users are on them', async () => {
    const list = (await app.request('GET', '/api/trainings', { as: 'reader' })).json.items;
    expect(list).toHaveLength(7);
    expect(list.every((t: any) => t.status === 'planned' && t.kind === 'miniutbildning' && t.audience.type === 'open' && t.signUpOpen)).toBe(true);
    expect(list.every((t: any) => t.start > NOW.toISOString())).toBe(true);
    const full = list.filter((t: any) => t.seatsLeft === 0);
    expect(full).toHaveLength(1);
    expect(full[0]).toMatchObject({ capacity: 12, confirmed: 12, waitlisted: 4 });
    expect(list.filter((t: any) => t.seatsLeft > 0 && t.seatsLeft <= 2)).toHaveLength(2);
    expect(list.filter((t: any) => t.myStatus === 'confirmed')).toHaveLength(1);

    const peter = (await app.request('GET', '/api/trainings', { as: 'systemowner' })).json.items;
    expect(peter.find((t: any) => t.myStatus === 'waitlisted')).toMatchObject({ id: full[0].id, myPosition: 2 });
  });

  it('signing up works at once: the last seat, then the waitlist', async () => {
    const list = (await app.request('GET', '/api/trainings', { as: 'member' })).json.items;
    const lastSeat = list.find((t: any) => t.seatsLeft === 1);
    const full = list.find((t: any) => t.seatsLeft === 0);
    const seated = await app.request('POST', `/api/trainings/${lastSeat.id}/registrations`, { as: 'member' });
    expect(seated.json).toMatchObject({ outcome: 'confirmed', training: { seatsLeft: 0 } });
    const waiting = await app.request('POST', `/api/trainings/${full.id}/registrations`, { as: 'member' });
    expect(waiting.status).toBe(201);
    expect(waiting.json).toMatchObject({ outcome: 'waitlisted', position: 5 });
  });

  it('seeding is fast (< 2 s) and deterministic', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fs-seed-'));
    try {
      const seeded = [];
      for (const name of ['a.db', 'b.db']) {
        const store = openSqliteStore(path.join(dir, name));
        const started = performance.now();
        const result = await seed({ store, now: () => NOW, timeZone: 'Europe/Stockholm' }, { demo: true });
        const ms = performance.now() - started;
        expect(result.trainings).toBe(58);
        expect(ms).toBeLessThan(2000);
        seeded.push(JSON.stringify([await store.trainings.list(), await store.trainings.allRegistrations()]));
        // Seeding again adds nothing.
        expect(await seed({ store, now: () => NOW, timeZone: 'Europe/Stockholm' }, { demo: true })).toEqual({ activities: 0, trainings: 0 });
        await store.close();
      }
      expect(seeded[0]).toBe(seeded[1]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
