import { createContext, useContext } from 'react';
import type { ChecklistItem, ChecklistView, SignerRole } from '../../types';
import type { ItemPatch, ItemResponse } from './model';

/**
 * What the parts of the handover view share: the checklist as last seen, whether the signed-in
 * user may change it now, and the writes. Every write puts the server's answer into the view;
 * a 412 puts the item as it is now (`current`) into the view and is re-thrown for the caller to
 * show; a 409 (locked/signed meanwhile) reloads the checklist and is re-thrown.
 */
export interface Handover {
  checklist: ChecklistView;
  /** A member, and the checklist is neither awaiting a signature nor signed. */
  canEdit: boolean;
  patchItem(item: ChecklistItem, change: ItemPatch, version?: number): Promise<ItemResponse>;
  addItem(sectionId: string, text: { sv: string; en?: string }): Promise<ItemResponse>;
  sign(role: SignerRole): Promise<ChecklistView>;
  withdraw(): Promise<ChecklistView>;
  reload(): Promise<unknown>;
  /** Says something to screen readers (a polite live region). */
  announce(text: string): void;
}

export const HandoverContext = createContext<Handover | null>(null);

export function useHandover(): Handover {
  const value = useContext(HandoverContext);
  if (!value) throw new Error('useHandover outside <HandoverContext.Provider>');
  return value;
}
