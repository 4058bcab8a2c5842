import { trainingStats } from './trainingStats';
import { registration, training } from '../../test/helpers/trainingFixtures';

/**
 * A small fixture: two held mini-trainings (one at 00:30 on 1 November in Stockholm, which is
 * still 31 October in UTC), a held champion session, a cancelled mini-training and a planned
 * pilot. People: Anna (datavetenskap) twice, Bo (no department), Cia (HR) cancelled once.
 */
const trainings = [
  training({ id: 'U-001', kind: 'miniutbildning', status: 'held', start: '2025-10-14T07:00:00.000Z', end: '2025-10-14T07:45:00.000Z' }),
  training({ id: 'U-002', kind: 'miniutbildning', status: 'held', start: '2025-10-31T23:30:00.000Z', end: '2025-11-01T00:15:00.000Z' }),
  training({ id: 'U-003', kind: 'champion', status: 'held', start: '2025-10-20T12:00:00.000Z', end: '2025-10-20T14:00:00.000Z' }),
  training({ id: 'U-004', kind: 'miniutbildning', status: 'cancelled', start: '2025-11-05T08:00:00.000Z', end: '2025-11-05T09:00:00.000Z' }),
  training({ id: 'U-005', kind: 'pilot', status: 'planned', start: '2025-12-02T08:00:00.000Z', end: '2025-12-02T09:30:00.000Z' }),
];
const anna = { userId: 'u-anna', department: 'Institutionen för datavetenskap' };
const bo = { userId: 'u-bo', department: null };
const cia = { userId: 'u-cia', department: 'HR-avdelningen' };
const registrations = [
  registration({ trainingId: 'U-001', ...anna, status: 'attended' }),
  registration({ trainingId: 'U-001', ...bo, status: 'attended' }),
  registration({ trainingId: 'U-001', ...cia, status: 'cancelled' }),
  registration({ trainingId: 'U-002', ...anna, status: 'attended' }),
  registration({ trainingId: 'U-002', ...cia, status: 'confirmed' }), // registered, not marked: still counts
  registration({ trainingId: 'U-003', ...bo, status: 'attended' }),
  registration({ trainingId: 'U-003', ...cia, status: 'waitlisted' }), // never got a seat
  registration({ trainingId: 'U-004', ...anna, status: 'confirmed' }), // cancelled training
  registration({ trainingId: 'U-005', ...cia, status: 'confirmed' }),
];

describe('training statistics', () => {
  const stats = trainingStats(trainings, registrations, 'Europe/Stockholm');

  it('totals: trainings not cancelled, held, unique people, participations', () => {
    expect(stats.total).toEqual({ trainings: 4, held: 3, participants: 3, participations: 6 });
  });

  it('per month of the start in Stockholm', () => {
    expect(stats.byMonth).toEqual([
      { month: '2025-10', trainings: 2, held: 2, participants: 2, participations: 3 },
      { month: '2025-11', trainings: 1, held: 1, participants: 2, participations: 2 },
      { month: '2025-12', trainings: 1, held: 0, participants: 1, participations: 1 },
    ]);
  });

  it('months without a training between the first and the last are there, empty: a year\'s gap is twelve columns, not none', () => {
    const apart = trainingStats(
      [
        training({ id: 'U-010', status: 'held', start: '2025-12-09T09:00:00.000Z', end: '2025-12-09T10:00:00.000Z' }),
        training({ id: 'U-011', status: 'planned', start: '2026-03-03T09:00:00.000Z', end: '2026-03-03T10:00:00.000Z' }),
      ],
      [],
      'Europe/Stockholm',
    );
    const zero = { trainings: 0, held: 0, participants: 0, participations: 0 };
    expect(apart.byMonth).toEqual([
      { month: '2025-12', trainings: 1, held: 1, participants: 0, participations: 0 },
      { month: '2026-01', ...zero },
      { month: '2026-02', ...zero },
      { month: '2026-03', trainings: 1, held: 0, participants: 0, participations: 0 },
    ]);
  });

  it('per kind, every kind listed', () => {
    expect(stats.byKind).toEqual([
      { kind: 'miniutbildning', trainings: 2, held: 2, participants: 3, participations: 4 },
      { kind: 'champion', trainings: 1, held: 1, participants: 1, participations: 1 },
      { kind: 'pilot', trainings: 1, held: 0, participants: 1, participations: 1 },
    ]);
  });

  it('per department, the unknown department as its own bucket, last', () => {
    expect(stats.byDepartment).toEqual([
      { department: 'HR-avdelningen', trainings: 2, held: 1, participants: 1, participations: 2 },
      { department: 'Institutionen för datavetenskap', trainings: 2, held: 2, participants: 1, participations: 2 },
      { department: null, trainings: 2, held: 2, participants: 1, participations: 2 },
    ]);
  });

  it('no trainings: zeros and every kind', () => {
    const empty = trainingStats([], [], 'Europe/Stockholm');
    expect(empty.total).toEqual({ trainings: 0, held: 0, participants: 0, participations: 0 });
    expect(empty.byKind.map((k) => k.kind)).toEqual(['miniutbildning', 'champion', 'pilot']);
    expect(empty.byMonth).toEqual([]);
  });
});
