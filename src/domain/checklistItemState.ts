import type { Checklist, ChecklistItem, Signature } from './checklist';
import type { Person } from './person';

/**
 * Whether a checklist item is done, as users read it. For every item but one that is its tick
 * (who and when). The template's last item, "Formell överlämning signerad av projektägare och
 * mottagare" (T24), is done by the sign-off itself: it is derived from the signatures, never
 * ticked — a tick would change the content both signed, and their checksums would no longer match.
 */
export const SIGN_OFF_ITEM_ID = 'T24';

export type ItemState =
  | { kind: 'done'; by: Person | null; at: string | null }
  | { kind: 'open' }
  /** The sign-off item once both have signed: done at the second signature, by both signers. */
  | { kind: 'signedOff'; at: string; signatures: Signature[] }
  /** The sign-off item before that: the signatures so far (none, or the first). */
  | { kind: 'awaitingSignatures'; signatures: Signature[] };

export const isSignOffItem = (item: Pick<ChecklistItem, 'id'>): boolean => item.id === SIGN_OFF_ITEM_ID;

export function itemState(checklist: Pick<Checklist, 'signatures' | 'signedOffAt'>, item: ChecklistItem): ItemState {
  if (isSignOffItem(item)) {
    return checklist.signedOffAt !== null
      ? { kind: 'signedOff', at: checklist.signedOffAt, signatures: checklist.signatures }
      : { kind: 'awaitingSignatures', signatures: checklist.signatures };
  }
  return item.done ? { kind: 'done', by: item.doneBy, at: item.doneAt } : { kind: 'open' };
}

export const isDoneState = (state: ItemState): boolean => state.kind === 'done' || state.kind === 'signedOff';

export const isItemDone = (checklist: Pick<Checklist, 'signatures' | 'signedOffAt'>, item: ChecklistItem): boolean =>
  isDoneState(itemState(checklist, item));
