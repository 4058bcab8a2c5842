import { Activity, ActivityFields } from '../../src/domain/activity';
import { Person } from '../../src/domain/person';

/** Builders for domain tests (not used by the app). */
export const maria: Person = { id: 'u-maria', name: 'Maria Lindqvist' };
export const johan: Person = { id: 'u-johan', name: 'Johan Ek' };
export const sara: Person = { id: 'u-sara', name: 'Sara Nilsson' };

export const fields = (over: Partial<ActivityFields> = {}): ActivityFields => ({
  title: 'Inringning till Teams-möten',
  description: '',
  category: 'Telefoni',
  owner: johan,
  status: 'pågår',
  priority: 'normal',
  dueDate: '2026-03-30',
  origin: 'projekt',
  resolution: null,
  ...over,
});

let n = 0;
export const activity = (over: Partial<Activity> = {}): Activity => ({
  ...fields(),
  key: `A-${String(++n).padStart(3, '0')}`,
  createdBy: maria,
  createdAt: '2026-01-01T08:00:00.000Z',
  updatedBy: maria,
  updatedAt: '2026-01-01T08:00:00.000Z',
  version: 1,
  ...over,
});
