import { auditChanges } from './auditDiff';

const maria = { id: 'id-maria', name: 'Maria Lindqvist' };
const erik = { id: 'id-erik', name: 'Erik Holm' };

describe('auditChanges', () => {
  it('lists each changed field from → to, people as people and free texts as texts; bookkeeping left out', () => {
    const before = { title: 'Licenser', description: 'Gammal', owner: maria, status: 'väntar', dueDate: null, version: 3, updatedAt: 'x', updatedBy: maria };
    const after = { ...before, description: 'Ny', owner: erik, status: 'klar', dueDate: '2026-12-24', version: 4, updatedAt: 'y', updatedBy: erik };
    expect(auditChanges(before, after)).toEqual([
      { field: 'description', from: { text: 'Gammal' }, to: { text: 'Ny' } },
      { field: 'owner', from: { person: maria }, to: { person: erik } },
      { field: 'status', from: 'väntar', to: 'klar' },
      { field: 'dueDate', from: null, to: '2026-12-24' },
    ]);
    expect(auditChanges(before, before)).toEqual([]);
  });

  it('names nested fields by path and list elements by their id (or role, name), texts inside free fields as texts', () => {
    const checklist = {
      items: [
        { id: 'P-1', text: { sv: 'Överlämna', en: 'Hand over' }, done: false, responsible: null, comment: '' },
        { id: 'P-2', text: { sv: 'Licenser', en: 'Licences' }, done: false, responsible: null, comment: '' },
      ],
      signatures: [] as unknown[],
    };
    const next = {
      items: [checklist.items[0]!, { ...checklist.items[1]!, done: true, responsible: maria, comment: 'Klart enligt avtal' }],
      signatures: [{ role: 'projektägare', by: erik, hash: 'abc' }],
    };
    expect(auditChanges(checklist, next)).toEqual([
      { field: 'items.P-2.done', from: false, to: true },
      { field: 'items.P-2.responsible', from: null, to: { person: maria } },
      { field: 'items.P-2.comment', from: { text: '' }, to: { text: 'Klart enligt avtal' } },
      { field: 'signatures.projektägare.role', from: null, to: 'projektägare' },
      { field: 'signatures.projektägare.by', from: null, to: { person: erik } },
      { field: 'signatures.projektägare.hash', from: null, to: 'abc' },
    ]);
  });

  it('says who was added to and removed from a list of people, never by their id in the field name', () => {
    const before = { audience: { type: 'invited', invitees: [maria] } };
    const after = { audience: { type: 'invited', invitees: [erik] } };
    const changes = auditChanges(before, after);
    expect(changes).toEqual([
      { field: 'audience.invitees', from: { person: maria }, to: null },
      { field: 'audience.invitees', from: null, to: { person: erik } },
    ]);
    expect(auditChanges(before, { audience: { type: 'open', invitees: [] } })).toEqual([
      { field: 'audience.type', from: 'invited', to: 'open' },
      { field: 'audience.invitees', from: { person: maria }, to: null },
    ]);
  });

  it('records a new record as every field from null, and a removed one as every field to null', () => {
    expect(auditChanges(null, { title: 'X', owner: maria })).toEqual([
      { field: 'title', from: null, to: 'X' },
      { field: 'owner', from: null, to: { person: maria } },
    ]);
    expect(auditChanges({ title: 'X' }, null)).toEqual([{ field: 'title', from: 'X', to: null }]);
  });
});
