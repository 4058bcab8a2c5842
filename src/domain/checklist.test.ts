import { addItem, changeItem, checklistProgress, Checklist } from './checklist';
import { checklistHash, sign, withdrawSignature } from './checklistSignOff';
import { defaultChecklist, TEMPLATE_SECTIONS } from './checklistTemplate';
import { johan, maria, sara } from '../../test/helpers/domainFixtures';

const now = new Date('2026-11-29T09:00:00Z');
const value = <T>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r.value;
};

describe('handover checklist', () => {
  it('the default template has 24 items in 6 sections, Swedish and English', () => {
    const c = defaultChecklist();
    expect(c.sections.map((s) => s.id)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(c.items).toHaveLength(24);
    expect(c.items.map((i) => i.id)).toEqual(Array.from({ length: 24 }, (_, n) => `T${String(n + 1).padStart(2, '0')}`));
    expect(checklistProgress(c).sections.map((s) => s.total)).toEqual([5, 5, 4, 3, 3, 4]);
    expect(c.items[23]!.text).toEqual({
      sv: 'Formell överlämning signerad av projektägare och mottagare',
      en: 'Formal handover signed by project owner and receiver',
    });
    for (const item of c.items) expect(item.text.sv && item.text.en).toBeTruthy();
    expect(TEMPLATE_SECTIONS[3]!.title).toEqual({ sv: 'Licenser och ekonomi', en: 'Licences and finance' });
  });

  it('ticking records who and when, unticking clears it, and progress follows', () => {
    let c = defaultChecklist();
    const ticked = value(changeItem(c, 'T01', 1, { done: true }, johan, now));
    expect(ticked.item).toMatchObject({ done: true, doneBy: johan, doneAt: now.toISOString(), version: 2 });
    c = ticked.checklist;
    const p = checklistProgress(c);
    expect(p).toMatchObject({ done: 1, total: 24, percent: 4 });
    expect(p.sections[0]).toEqual({ sectionId: 'A', done: 1, total: 5, percent: 20 });
    const unticked = value(changeItem(c, 'T01', 2, { done: false }, sara, now));
    expect(unticked.item).toMatchObject({ done: false, doneBy: null, doneAt: null, version: 3 });
  });

  it('a stale item version is a conflict carrying the current item', () => {
    const c = value(changeItem(defaultChecklist(), 'T02', 1, { comment: 'Utsedd av rektor' }, johan, now)).checklist;
    const stale = changeItem(c, 'T02', 1, { done: true }, sara, now);
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.problem.kind).toBe('conflict');
    expect(stale.problem.current).toMatchObject({ id: 'T02', comment: 'Utsedd av rektor', version: 2 });
  });

  it('accepts only http(s) evidence links', () => {
    const c = defaultChecklist();
    expect(value(changeItem(c, 'T06', 1, { evidenceUrl: 'https://intranet.example.se/doc/42' }, johan, now)).item.evidenceUrl).toBe(
      'https://intranet.example.se/doc/42',
    );
    for (const bad of ['javascript:alert(1)', 'ftp://x.se/a', 'intranet/doc', 'https://']) {
      const r = changeItem(c, 'T06', 1, { evidenceUrl: bad }, johan, now);
      expect(r.ok ? 'accepted' : r.problem.field).toBe('evidenceUrl');
    }
  });

  it('adds items (English falls back to Swedish) and reorders within and across sections', () => {
    let c = defaultChecklist();
    const added = value(addItem(c, { id: 'P-1', sectionId: 'C', text: { sv: 'Rutin för Teams-telefoni' }, position: 0 }, maria, now));
    expect(added.item.text).toEqual({ sv: 'Rutin för Teams-telefoni', en: 'Rutin för Teams-telefoni' });
    c = added.checklist;
    const idsOf = (cl: Checklist, section: string) => cl.items.filter((i) => i.sectionId === section).map((i) => i.id);
    expect(idsOf(c, 'C')).toEqual(['P-1', 'T11', 'T12', 'T13', 'T14']);
    c = value(changeItem(c, 'P-1', 1, { position: 3 }, maria, now)).checklist;
    expect(idsOf(c, 'C')).toEqual(['T11', 'T12', 'T13', 'P-1', 'T14']);
    c = value(changeItem(c, 'P-1', 2, { sectionId: 'F', position: 0 }, maria, now)).checklist;
    expect(idsOf(c, 'C')).toEqual(['T11', 'T12', 'T13', 'T14']);
    expect(idsOf(c, 'F')).toEqual(['P-1', 'T21', 'T22', 'T23', 'T24']);
    // Sections stay in order in the flat list.
    expect(c.items.map((i) => i.sectionId).join('')).toMatch(/^A+B+C+D+E+F+$/);
    expect(addItem(c, { id: 'P-2', sectionId: 'X', text: { sv: 'x' } }, maria, now).ok).toBe(false);
  });

  it('sign-off needs both parties, freezes the content while pending and is read-only after', () => {
    let c = defaultChecklist();
    const hashBefore = checklistHash(c);
    c = value(sign(c, 'projektägare', johan, now));
    expect(c.signedOffAt).toBeNull();
    expect(c.signatures).toEqual([{ role: 'projektägare', by: johan, at: now.toISOString(), hash: hashBefore }]);
    // Pending: no edits, and the same person cannot sign twice or for both sides.
    expect(changeItem(c, 'T01', 1, { done: true }, sara, now)).toMatchObject({ ok: false, problem: { kind: 'locked' } });
    expect(sign(c, 'projektägare', sara, now)).toMatchObject({ ok: false, problem: { code: 'checklist.alreadySigned' } });
    expect(sign(c, 'förvaltningsledare', johan, now)).toMatchObject({ ok: false, problem: { code: 'checklist.sameSigner' } });

    const later = new Date('2026-11-30T10:00:00Z');
    c = value(sign(c, 'förvaltningsledare', maria, later));
    expect(c.signedOffAt).toBe(later.toISOString());
    expect(c.signatures.map((s) => s.hash)).toEqual([hashBefore, hashBefore]);
    expect(changeItem(c, 'T01', 1, { done: true }, sara, now)).toMatchObject({ ok: false, problem: { code: 'checklist.signedOff' } });
    expect(addItem(c, { id: 'P-9', sectionId: 'A', text: { sv: 'x' } }, sara, now)).toMatchObject({ ok: false });
    expect(withdrawSignature(c, maria)).toMatchObject({ ok: false, problem: { code: 'checklist.signedOff' } });
  });

  it('a pending signature can be withdrawn by its signer, which unlocks editing', () => {
    let c = value(sign(defaultChecklist(), 'förvaltningsledare', maria, now));
    expect(withdrawSignature(c, sara)).toMatchObject({ ok: false, problem: { kind: 'not_found' } });
    c = value(withdrawSignature(c, maria));
    expect(c.signatures).toEqual([]);
    expect(changeItem(c, 'T01', 1, { done: true }, sara, now).ok).toBe(true);
  });

  it('the hash changes with content but not with bookkeeping', () => {
    const c = defaultChecklist();
    const ticked = value(changeItem(c, 'T01', 1, { done: true }, johan, now)).checklist;
    expect(checklistHash(ticked)).not.toBe(checklistHash(c));
    expect(checklistHash({ ...c, version: 99 })).toBe(checklistHash(c));
  });
});
