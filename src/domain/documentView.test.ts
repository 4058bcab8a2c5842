import { changeItem } from './checklist';
import { checklistHash } from './checklistSignOff';
import { defaultChecklist } from './checklistTemplate';
import { documentUses } from './documentView';

const johan = { id: 'u-johan', name: 'Johan Ek' };
const now = new Date('2026-12-07T09:00:00.000Z');

describe('checklist items with a register document as evidence', () => {
  it('the register finds the items that point at a document, in the checklist\'s order', () => {
    let c = defaultChecklist();
    const [a, b] = [c.items[5]!, c.items[2]!];
    for (const item of [a, b]) {
      const changed = changeItem(c, item.id, item.version, { evidenceDocument: 'D-003' }, johan, now);
      if (!changed.ok) throw new Error(changed.problem.code);
      c = changed.value.checklist;
    }
    expect(documentUses(c, 'D-003').map((u) => u.itemId)).toEqual([b.id, a.id]);
    expect(documentUses(c, 'D-004')).toEqual([]);
    expect(documentUses(null, 'D-003')).toEqual([]);
  });

  it('an item saved before the register (no such field) keeps the checksum it was signed with; pointing at a document changes it', () => {
    const c = defaultChecklist();
    const before = checklistHash(c);
    expect(c.items.every((i) => !('evidenceDocument' in i))).toBe(true);
    const changed = changeItem(c, c.items[0]!.id, c.items[0]!.version, { evidenceDocument: 'D-001' }, johan, now);
    if (!changed.ok) throw new Error(changed.problem.code);
    expect(checklistHash(changed.value.checklist)).not.toBe(before);
    expect(checklistHash({ ...changed.value.checklist, items: changed.value.checklist.items.map((i) => ({ ...i, evidenceDocument: null })) })).toBe(
      checklistHash({ ...changed.value.checklist, items: changed.value.checklist.items.map(({ evidenceDocument: _gone, ...i }) => i) }),
    );
  });
});
