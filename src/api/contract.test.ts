import { API, pathOf, queryString } from './contract';

describe('the API contract', () => {
  it('fills path parameters, each encoded', () => {
    expect(pathOf(API.activities.details, { key: 'A-001' })).toBe('/api/activities/A-001');
    expect(pathOf(API.trainings.cancel, { id: 'U-001', userId: 'a/b c' })).toBe('/api/trainings/U-001/registrations/a%2Fb%20c');
    expect(pathOf(API.me, {})).toBe('/api/me');
  });

  it('builds a query from the values given, leaving out the empty ones', () => {
    expect(queryString({ meeting: '2026-12-01', q: undefined, status: '' })).toBe('?meeting=2026-12-01');
    expect(queryString({ q: 'Åsa & co' })).toBe('?q=%C3%85sa+%26+co');
    expect(queryString(undefined)).toBe('');
  });

  it('says which writes need If-Match and which answers are files', () => {
    const flagged = (pred: (e: { ifMatch: boolean; file: boolean }) => boolean) =>
      Object.values(API)
        .flatMap((v) => ('method' in v ? [v] : Object.values(v)))
        .filter(pred)
        .map((e) => `${e.method} ${e.path}`)
        .sort();
    expect(flagged((e) => e.ifMatch)).toEqual([
      'DELETE /api/activities/:key',
      'DELETE /api/rights/:right/:personId',
      'PATCH /api/activities/:key',
      'PATCH /api/checklist/items/:id',
      'PATCH /api/trainings/:id',
      'POST /api/rights',
      'PUT /api/categories',
      'PUT /api/settings/follow-up',
      // Kostnadskalkyl
      'DELETE /api/costs/rows/:id',
      'PATCH /api/costs/rows/:id',
      'PATCH /api/costs/scenarios/:id',
      'POST /api/costs/baselines',
      'POST /api/costs/rows',
      'POST /api/costs/scenarios',
      'POST /api/costs/scenarios/:id/decision',
      'POST /api/costs/years',
      'PUT /api/costs/cells',
      'PATCH /api/documents/:id',
      'POST /api/documents/:id/reviews',
    ].sort());
    expect(flagged((e) => e.file)).toEqual([
      'GET /api/activities/export',
      'GET /api/audit/export',
      'GET /api/checklist/export',
      'GET /api/meetings/:id/minutes',
      'GET /api/trainings/:id/registrations',
      'GET /api/costs/export',
      'GET /api/documents/export',
    ].sort());
  });
});
