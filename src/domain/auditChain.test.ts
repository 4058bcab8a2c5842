import fc from 'fast-check';
import { AuditContent, AuditEntry, GENESIS, auditDraft, peopleIn, personValue, pseudonymsIn, textValue } from './audit';
import { link, pseudonymise, textHash, verifyChain } from './auditChain';

const maria = { id: '00000000-0000-0000-0000-0000000000aa', name: 'Maria Lindqvist' };
const erik = { id: '00000000-0000-0000-0000-0000000000bb', name: 'Erik Holm' };
const pseudonyms = new Map([
  [maria.id, 'p-maria'],
  [erik.id, 'p-erik'],
]);
const pseudonymOf = (p: { id: string }) => pseudonyms.get(p.id)!;

const content = (i: number): AuditContent =>
  pseudonymise(
    auditDraft(new Date(Date.UTC(2026, 11, 7, 10, i)), maria, { type: 'activity', id: `A-00${i}` }, 'activity.changed', [
      { field: 'status', from: 'väntar', to: 'klar' },
      { field: 'owner', from: personValue(maria), to: personValue(erik) },
      { field: 'resolution', from: null, to: textValue(`Klart ${i}`) },
    ]),
    pseudonymOf,
  );

function chain(n: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let i = 1; i <= n; i++) entries.push(link(content(i), entries.at(-1) ?? null));
  return entries;
}

describe('the audit chain', () => {
  it('keeps people as pseudonyms and free texts as hashes: no name, object id or text in the entry', () => {
    const entry = link(content(1), null);
    const stored = JSON.stringify(entry);
    expect(stored).not.toContain('Maria');
    expect(stored).not.toContain(maria.id);
    expect(stored).not.toContain(erik.id);
    expect(stored).not.toContain('Klart 1');
    expect(entry.changes[2]!.to).toEqual({ sha256: textHash('Klart 1') });
    expect(entry.actor).toBe('p-maria');
    expect(pseudonymsIn(entry).sort()).toEqual(['p-erik', 'p-maria']);
  });

  it('names each person of a draft once (actor, subject, values)', () => {
    const draft = auditDraft('2026-12-07T10:00:00.000Z', maria, { type: 'training', id: 'U-001' }, 'training.registrationCancelled', [
      { field: 'promoted', from: null, to: personValue(erik) },
    ], maria);
    expect(peopleIn(draft)).toEqual([maria, erik]);
  });

  it('links each entry to the one before it, from the genesis hash', () => {
    const entries = chain(3);
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(entries[0]!.prev).toBe(GENESIS);
    expect(entries[1]!.prev).toBe(entries[0]!.hash);
    expect(verifyChain(entries)).toEqual({ ok: true, count: 3, head: entries[2]!.hash });
    expect(verifyChain([])).toEqual({ ok: true, count: 0, head: GENESIS });
  });

  it('hashes the same content the same whatever the order of its keys (canonical JSON)', () => {
    const a = link(content(1), null);
    const { changes, record, ...rest } = a;
    const reordered = JSON.parse(JSON.stringify({ changes, record: { id: record.id, type: record.type }, ...rest })) as AuditEntry;
    expect(Object.keys(reordered)[0]).toBe('changes');
    expect(verifyChain([reordered]).ok).toBe(true);
  });

  it('finds an edited, a deleted, a reordered and an inserted entry, and entries cut from the end (against the kept head)', () => {
    const entries = chain(5);
    const head = { count: 5, hash: entries[4]!.hash };
    const edited = entries.map((e) => (e.seq === 3 ? { ...e, changes: [{ field: 'status', from: 'väntar', to: 'avförd' }] } : e));
    expect(verifyChain(edited, head)).toEqual({ ok: false, count: 2, brokenAt: 3, reason: 'hash' });

    const deleted = entries.filter((e) => e.seq !== 2).map((e, i) => ({ ...e, seq: i + 1 }));
    expect(verifyChain(deleted, head)).toMatchObject({ ok: false, brokenAt: 2 });
    expect(verifyChain(entries.filter((e) => e.seq !== 2), head)).toMatchObject({ ok: false, brokenAt: 2, reason: 'sequence' });

    const reordered = [entries[0]!, entries[2]!, entries[1]!, entries[3]!, entries[4]!];
    expect(verifyChain(reordered, head)).toMatchObject({ ok: false, brokenAt: 2, reason: 'sequence' });
    const renumbered = reordered.map((e, i) => ({ ...e, seq: i + 1 }));
    expect(verifyChain(renumbered, head)).toMatchObject({ ok: false, brokenAt: 2, reason: 'link' });

    const forged = link(content(9), entries[1]!);
    expect(verifyChain([entries[0]!, entries[1]!, forged, ...entries.slice(2)], head)).toMatchObject({ ok: false, brokenAt: 4 });

    expect(verifyChain(entries.slice(0, 4), head)).toEqual({ ok: false, count: 4, brokenAt: 5, reason: 'head' });
    expect(verifyChain(entries, head).ok).toBe(true);
  });

  it('finds any single change to any stored field of any entry (property)', () => {
    const entries = chain(6);
    const head = { count: 6, hash: entries[5]!.hash };
    const fields = ['seq', 'prev', 'hash', 'at', 'actor', 'record', 'action', 'subject', 'changes'] as const;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), fc.constantFrom(...fields), fc.jsonValue(), (index, field, value) => {
        const original = entries[index]!;
        fc.pre(JSON.stringify(original[field]) !== JSON.stringify(value));
        const tampered = entries.map((e, i) => (i === index ? ({ ...e, [field]: value } as unknown as AuditEntry) : e));
        const verdict = verifyChain(tampered, head);
        return !verdict.ok && verdict.brokenAt <= index + 2;
      }),
      { seed: 20261207, numRuns: 300 },
    );
  });
});
