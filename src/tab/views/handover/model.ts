import type { ChecklistItem, ChecklistView, Person, SignerRole } from '../../types';

/** What a PATCH of one checklist item may carry (README "The API"). */
export interface ItemPatch {
  done?: boolean;
  responsible?: Person | null;
  comment?: string;
  evidenceUrl?: string | null;
  /** A register document (D-003) as the evidence, or null for none. */
  evidenceDocument?: string | null;
  text?: { sv?: string; en?: string };
  sectionId?: string;
  position?: number;
}

export interface ItemResponse {
  item: ChecklistItem;
  checklist: ChecklistView;
}

export const SIGNER_ROLES: readonly SignerRole[] = ['projektägare', 'förvaltningsledare'];

export const otherRole = (role: SignerRole): SignerRole => (role === 'projektägare' ? 'förvaltningsledare' : 'projektägare');

/** The checklist with one item replaced (e.g. by the server's `current` after a 412). */
export function withItem(checklist: ChecklistView, item: ChecklistItem): ChecklistView {
  return { ...checklist, items: checklist.items.map((i) => (i.id === item.id ? item : i)) };
}

export const itemsOf = (checklist: ChecklistView, sectionId: string): ChecklistItem[] =>
  checklist.items.filter((i) => i.sectionId === sectionId);
