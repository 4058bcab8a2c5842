import { queryActivities } from './activityQuery';
import { activity, johan, sara } from '../../test/helpers/domainFixtures';

const today = '2026-05-05';
const log = [
  activity({ key: 'A-001', title: 'Inringning till möten', owner: johan, dueDate: '2026-05-01', category: 'Telefoni' }),
  activity({ key: 'A-002', title: 'Skype för företag', owner: sara, dueDate: '2026-06-01', category: 'Integration', priority: 'hög' }),
  activity({ key: 'A-010', title: 'Licensinventering', owner: null, dueDate: null, category: 'Licenser', status: 'ny' }),
  activity({ key: 'A-003', title: 'Gammal punkt', owner: johan, dueDate: '2026-04-01', status: 'klar', resolution: 'ok' }),
];
const keys = (r: { key: string }[]) => r.map((a) => a.key);

describe('activity log query', () => {
  it('sorts by key numerically by default', () => {
    expect(keys(queryActivities(log, {}, today))).toEqual(['A-001', 'A-002', 'A-003', 'A-010']);
    expect(keys(queryActivities(log, { sort: '-key' }, today))).toEqual(['A-010', 'A-003', 'A-002', 'A-001']);
  });
  it('filters by status, owner (none = unassigned), category and overdue', () => {
    expect(keys(queryActivities(log, { status: ['ny'] }, today))).toEqual(['A-010']);
    expect(keys(queryActivities(log, { owner: ['none'] }, today))).toEqual(['A-010']);
    expect(keys(queryActivities(log, { owner: [johan.id] }, today))).toEqual(['A-001', 'A-003']);
    expect(keys(queryActivities(log, { category: ['Integration', 'Licenser'] }, today))).toEqual(['A-002', 'A-010']);
    // A closed item is never overdue.
    expect(keys(queryActivities(log, { overdue: true }, today))).toEqual(['A-001']);
  });
  it('searches text without regard to case or accents, and by owner name', () => {
    expect(keys(queryActivities(log, { q: 'SKYPE' }, today))).toEqual(['A-002']);
    expect(keys(queryActivities(log, { q: 'foretag' }, today))).toEqual(['A-002']);
    expect(keys(queryActivities(log, { q: 'sara' }, today))).toEqual(['A-002']);
    expect(keys(queryActivities(log, { q: 'a-010' }, today))).toEqual(['A-010']);
  });
  it('sorts by due date with undated items last, and by priority', () => {
    expect(keys(queryActivities(log, { sort: 'dueDate' }, today))).toEqual(['A-003', 'A-001', 'A-002', 'A-010']);
    expect(keys(queryActivities(log, { sort: 'priority' }, today))[0]).toBe('A-002');
  });
});
