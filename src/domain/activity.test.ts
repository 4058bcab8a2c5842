import { activityKey, changeActivity, newActivity } from './activity';
import { activity, fields, johan, maria, sara } from '../../test/helpers/domainFixtures';

const now = new Date('2026-11-29T09:00:00Z');

describe('activity', () => {
  it('numbers keys A-001 … and keeps growing past 999', () => {
    expect(activityKey(1)).toBe('A-001');
    expect(activityKey(42)).toBe('A-042');
    expect(activityKey(1000)).toBe('A-1000');
  });

  it('a new item records who created it, and its trail entry every field it starts with', () => {
    const r = newActivity(fields({ status: 'ny', owner: johan }), maria, now);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.draft).toMatchObject({ createdBy: maria, updatedBy: maria, createdAt: now.toISOString() });
    const entry = r.value.audit('A-007');
    expect(entry).toMatchObject({ at: now.toISOString(), actor: maria, record: { type: 'activity', id: 'A-007' }, action: 'activity.created', subject: null });
    expect(entry.changes).toContainEqual({ field: 'status', from: null, to: 'ny' });
    expect(entry.changes).toContainEqual({ field: 'owner', from: null, to: { person: johan } });
    expect(entry.changes).toContainEqual({ field: 'description', from: null, to: { text: r.value.draft.description } });
  });

  it('records every changed field as who, when, from → to', () => {
    const current = activity({ status: 'ny', owner: johan, dueDate: '2026-12-01' });
    const r = changeActivity(current, { status: 'pågår', owner: sara, dueDate: '2027-01-15', title: current.title }, maria, now);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.audit).toEqual({
      at: now.toISOString(),
      actor: maria,
      record: { type: 'activity', id: current.key },
      action: 'activity.changed',
      subject: null,
      changes: [
        { field: 'owner', from: { person: johan }, to: { person: sara } },
        { field: 'status', from: 'ny', to: 'pågår' },
        { field: 'dueDate', from: '2026-12-01', to: '2027-01-15' },
      ],
    });
    expect(r.value.next).toMatchObject({ status: 'pågår', owner: sara, updatedBy: maria, updatedAt: now.toISOString() });
  });

  it('a change that changes nothing leaves the item untouched and has no trail entry (a new name of the same owner is no change)', () => {
    const current = activity({ owner: johan });
    const r = changeActivity(current, { title: current.title, owner: { ...johan, name: 'Johan Ek (IT)' } }, maria, now);
    expect(r.ok && r.value.audit).toBeNull();
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
    expect(r.value.audit?.changes).toEqual([
      { field: 'status', from: 'klar', to: 'pågår' },
      { field: 'resolution', from: { text: 'Klart' }, to: null },
    ]);
  });

  it('moving between closed statuses keeps the note unless a new one is given', () => {
    const closed = activity({ status: 'klar', resolution: 'Klart' });
    const r = changeActivity(closed, { status: 'avförd' }, maria, now);
    expect(r.ok && r.value.next).toMatchObject({ status: 'avförd', resolution: 'Klart' });
  });

  it('a resolution on an open item is not kept', () => {
    const r = changeActivity(activity({ status: 'ny' }), { resolution: 'för tidigt' }, maria, now);
    expect(r.ok && r.value.audit).toBeNull();
  });
});
