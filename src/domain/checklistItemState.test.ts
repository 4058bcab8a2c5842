import { checklistHash, sign, withdrawSignature } from './checklistSignOff';
import { SIGN_OFF_ITEM_ID, changeItem, checklistProgress, isItemDone, itemState } from './checklist';
import { defaultChecklist } from './checklistTemplate';
import { johan, maria, sara } from '../../test/helpers/domainFixtures';

const now = new Date('2026-12-07T08:49:00Z');
const later = new Date('2026-12-07T09:15:00Z');
const value = <T>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r.value;
};
const signOffItem = (c: ReturnType<typeof defaultChecklist>) => c.items.find((i) => i.id === SIGN_OFF_ITEM_ID)!;

describe('the sign-off item is done by the signatures', () => {
  it('is the template’s "Formell överlämning signerad av projektägare och mottagare"', () => {
    expect(signOffItem(defaultChecklist()).text.sv).toBe('Formell överlämning signerad av projektägare och mottagare');
  });

  it('awaits the signatures, then is done at the second one, by both signers — without a tick in the signed content', () => {
    let c = defaultChecklist();
    expect(itemState(c, signOffItem(c))).toEqual({ kind: 'awaitingSignatures', signatures: [] });
    c = value(sign(c, 'projektägare', johan, now));
    expect(itemState(c, signOffItem(c))).toEqual({ kind: 'awaitingSignatures', signatures: c.signatures });
    expect(isItemDone(c, signOffItem(c))).toBe(false);
    expect(checklistProgress(c).done).toBe(0);

    c = value(sign(c, 'förvaltningsledare', maria, later));
    const state = itemState(c, signOffItem(c));
    expect(state).toEqual({ kind: 'signedOff', at: later.toISOString(), signatures: c.signatures });
    expect(isItemDone(c, signOffItem(c))).toBe(true);
    // Progress counts it: section F (Avslut) and the total.
    expect(checklistProgress(c)).toMatchObject({ done: 1, total: 24 });
    expect(checklistProgress(c).sections.find((s) => s.sectionId === 'F')).toMatchObject({ done: 1, total: 4 });
    // The stored item is untouched, so the content still has the hash both signed.
    expect(signOffItem(c).done).toBe(false);
    expect(checklistHash(c)).toBe(c.signatures[0]!.hash);
    expect(c.signatures[1]!.hash).toBe(c.signatures[0]!.hash);
  });

  it('a withdrawn signature makes it await again', () => {
    let c = value(sign(defaultChecklist(), 'projektägare', johan, now));
    c = value(withdrawSignature(c, johan));
    expect(itemState(c, signOffItem(c))).toEqual({ kind: 'awaitingSignatures', signatures: [] });
  });

  it('cannot be ticked by hand (and a hand tick from before would not count)', () => {
    const c = defaultChecklist();
    expect(changeItem(c, SIGN_OFF_ITEM_ID, 1, { done: true }, sara, now)).toMatchObject({
      ok: false,
      problem: { kind: 'invalid', code: 'checklist.signOffItemDerived', field: 'done' },
    });
    // Its other fields can still be edited; unticking an old hand tick is allowed.
    expect(changeItem(c, SIGN_OFF_ITEM_ID, 1, { comment: 'Vid styrgruppsmötet', done: false }, sara, now).ok).toBe(true);
    const handTicked = { ...c, items: c.items.map((i) => (i.id === SIGN_OFF_ITEM_ID ? { ...i, done: true, doneBy: sara, doneAt: now.toISOString() } : i)) };
    expect(isItemDone(handTicked, signOffItem(handTicked))).toBe(false);
  });

  it('other items are their tick: who and when', () => {
    const c = value(changeItem(defaultChecklist(), 'T01', 1, { done: true }, johan, now)).checklist;
    expect(itemState(c, c.items[0]!)).toEqual({ kind: 'done', by: johan, at: now.toISOString() });
    expect(itemState(c, c.items[1]!)).toEqual({ kind: 'open' });
  });
});
