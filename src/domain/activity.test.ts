import { activityKey, changeActivity, newActivity } from './activity';
import { activity, fields, johan, maria, sara } from '../../test/helpers/domainFixtures';

const now = new Date('2026-11-29T09:00:00Z');

describe('activity', () => {
  it('numbers keys A-001 … and keeps growing past 999', () => {
    expect(activityKey(1)).toBe('A-001');
    expect(activityKey(42)).toBe('A-042');
    expect(activityKey(1000)).toBe('A-1000');
  });

  it('a new item records who created it and a first history entry', () => {
    const r = newActivity(fields({ status: 'ny' }), maria, now);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.draft).toMatchObject({ createdBy: maria, updatedBy: maria, createdAt: now.toISOString() });
    expect(r.value.history).toEqual([{ at: now.toISOString(), by: maria, field: 'created', from: null, to: 'ny' }]);
  });

  it('records every changed field as who, when, from → to', () => {
    const current = activity({ status: 'ny', owner: johan, dueDate: '2026-12-01' });
    const r = changeActivity(current, { status: 'pågår', owner: sara, dueDate: '2027-01-15', title: current.title }, maria, now);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.history).toEqual([
      { at: now.toISOString(), by: maria, field: 'owner', from: 'Johan Ek', to: 'Sara Nilsson' },
      { at: now.toISOString(), by: maria, field: 'status', from: 'ny', to: 'pågår' },
      { at: now.toISOString(), by: maria, field: 'dueDate', from: '2026-12-01', to: '2027-01-15' },
    ]);
    expect(r.value.next).toMatchObject({ status: 'pågår', owner: sara, updatedBy: maria, updatedAt: now.toISOString() });
  });

  it('a change that changes nothing leaves the item and history untouched', () => {
    const current = activity();
    const r = changeActivity(current, { title: current.title, owner: { ...johan } }, maria, now);
    expect(r.ok && r.value.history).toEqual([]);
    expect(r.ok && r.value.next).toBe(current);
  });

  it.each(['klar', 'avförd'] as const)('closing as %s needs a resolution note', (status) => {
    const current = activity({ status: 'pågår' });
    const without = changeActivity(current, { status }, maria, now);
    expect(without).toEqual({ ok: false, problem: { kind: 'invalid', code: 'activity.resolutionRequired', field: 'resolution' } });
    const blank = changeActivity(current, { status, resolution: '   ' }, maria, now);
    expect(blank.ok).toBe(false);
    const withNote = changeActivity(current, { status, resolution: 'Beslut i styrgruppen' }, maria, now);
    expect(withNote.ok && withNote.value.next).toMatchObject({ status, resolution: 'Beslut i styrgruppen' });
  });

  it('creating an item that is already closed also needs a resolution', () => {
    expect(newActivity(fields({ status: 'klar' }), maria, now).ok).toBe(false);
    expect(newActivity(fields({ status: 'klar', resolution: 'Gjort i projektet' }), maria, now).ok).toBe(true);
  });

  it('reopening is allowed, clears the resolution and is recorded', () => {
    const closed = activity({ status: 'klar', resolution: 'Klart' });
    const r = changeActivity(closed, { status: 'pågår' }, sara, now);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.next).toMatchObject({ status: 'pågår', resolution: null });
    expect(r.value.history.map((h) => [h.field, h.from, h.to])).toEqual([
      ['status', 'klar', 'pågår'],
      ['resolution', 'Klart', null],
    ]);
  });

  it('moving between closed statuses keeps the note unless a new one is given', () => {
    const closed = activity({ status: 'klar', resolution: 'Klart' });
    const r = changeActivity(closed, { status: 'avförd' }, maria, now);
    expect(r.ok && r.value.next).toMatchObject({ status: 'avförd', resolution: 'Klart' });
  });

  it('a resolution on an open item is not kept', () => {
    const r = changeActivity(activity({ status: 'ny' }), { resolution: 'för tidigt' }, maria, now);
    expect(r.ok && r.value.history).toEqual([]);
  });
});
