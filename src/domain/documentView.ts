import { IsoDate } from './calendar';
import { Checklist, LocalizedText } from './checklist';
import { RegisterDocument } from './documentRegister';
import { ReviewState, reviewState } from './documentReview';

/**
 * A register document as the register shows it: with its next review, whether that is due, and
 * where the document is used — the handover checklist's items that name it as their evidence.
 */
export interface DocumentUse {
  /** Where: the handover checklist (the one place that points at documents so far). */
  in: 'checklist';
  /** The checklist item's id (T12 …) and its text. */
  itemId: string;
  text: LocalizedText;
}

export type DocumentView = RegisterDocument & ReviewState & { usedIn: DocumentUse[] };

/** The checklist items whose evidence is the document `id`, in the checklist's order. */
export function documentUses(checklist: Checklist | null, id: string): DocumentUse[] {
  if (!checklist) return [];
  return checklist.items.filter((item) => item.evidenceDocument === id).map((item) => ({ in: 'checklist', itemId: item.id, text: item.text }));
}

export function documentViews(
  docs: readonly RegisterDocument[],
  at: { today: IsoDate; nextMeeting: IsoDate; checklist: Checklist | null },
): DocumentView[] {
  return docs.map((d) => ({ ...d, ...reviewState(d, at.today, at.nextMeeting), usedIn: documentUses(at.checklist, d.id) }));
}
