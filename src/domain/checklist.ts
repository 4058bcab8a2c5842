import { Person } from './person';
import { Result, ok, fail } from './problem';

/**
 * The handover checklist (checklista överlämning till förvaltning): what the rollout project
 * hands over, ticked item by item and signed by both the handing-over project owner
 * (projektägare) and the receiving förvaltningsledare. Once both have signed it is read-only.
 */
export interface LocalizedText {
  sv: string;
  en: string;
}

export interface ChecklistSection {
  id: string;
  title: LocalizedText;
}

export interface ChecklistItem {
  id: string;
  sectionId: string;
  text: LocalizedText;
  done: boolean;
  doneBy: Person | null;
  doneAt: string | null;
  responsible: Person | null;
  comment: string;
  /** An http(s) link to where the evidence lives (a document, a decision, a ticket). */
  evidenceUrl: string | null;
  /** A document of the förvaltningsdokumentation register (D-003) as the evidence; absent on items saved before the register existed. */
  evidenceDocument?: string | null;
  updatedBy: Person | null;
  updatedAt: string | null;
  /** Each item has its own version, so two people ticking different items do not collide. */
  version: number;
}

export const SIGNER_ROLES = ['projektägare', 'förvaltningsledare'] as const;
export type SignerRole = (typeof SIGNER_ROLES)[number];

export interface Signature {
  role: SignerRole;
  by: Person;
  at: string;
  /** sha256 of the checklist content as signed (see checklistHash). */
  hash: string;
}

export interface Checklist {
  sections: ChecklistSection[];
  /** In display order; order within a section is the order here. */
  items: ChecklistItem[];
  signatures: Signature[];
  /** Set when both have signed: from then on, read-only. */
  signedOffAt: string | null;
  /** The store's version of the whole checklist document. */
  version: number;
}

export interface Progress {
  done: number;
  total: number;
  /** 0–100, rounded down so 100 means everything is done. */
  percent: number;
}

export interface ChecklistProgress extends Progress {
  sections: (Progress & { sectionId: string })[];
}

/** Done as users read it: the sign-off item counts once both have signed (itemState, below). */
function progressOf(checklist: Checklist, items: readonly ChecklistItem[]): Progress {
  const done = items.filter((i) => isItemDone(checklist, i)).length;
  return { done, total: items.length, percent: items.length ? Math.floor((done * 100) / items.length) : 0 };
}

export function checklistProgress(checklist: Checklist): ChecklistProgress {
  return {
    ...progressOf(checklist, checklist.items),
    sections: checklist.sections.map((s) => ({
      sectionId: s.id,
      ...progressOf(checklist, checklist.items.filter((i) => i.sectionId === s.id)),
    })),
  };
}

export const isSignedOff = (c: Checklist): boolean => c.signedOffAt !== null;

/** While a signature is pending the content is frozen, so both sign the same checklist. */
export const isLocked = (c: Checklist): boolean => c.signatures.length > 0;

function editable(c: Checklist): Result<Checklist> {
  if (isSignedOff(c)) return fail('locked', 'checklist.signedOff');
  if (isLocked(c)) return fail('locked', 'checklist.awaitingSignature');
  return ok(c);
}

export interface ItemChange {
  text?: Partial<LocalizedText>;
  sectionId?: string;
  /** 0-based position within the (new) section. */
  position?: number;
  done?: boolean;
  responsible?: Person | null;
  comment?: string;
  evidenceUrl?: string | null;
  /** A register document's id (D-003), or null to point at none; that it exists is the use case's to check. */
  evidenceDocument?: string | null;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** Items stay grouped in section order; `position` is the 0-based place within the section. */
function placeAt(
  sections: readonly ChecklistSection[],
  items: readonly ChecklistItem[],
  item: ChecklistItem,
  position: number | undefined,
): ChecklistItem[] {
  const rest = items.filter((i) => i.id !== item.id);
  const inSection = rest.filter((i) => i.sectionId === item.sectionId);
  const pos = Math.max(0, Math.min(position ?? inSection.length, inSection.length));
  inSection.splice(pos, 0, item);
  return sections.flatMap((s) => (s.id === item.sectionId ? inSection : rest.filter((i) => i.sectionId === s.id)));
}

function validateChange(c: Checklist, change: ItemChange): Result<ItemChange> {
  if (change.sectionId !== undefined && !c.sections.some((s) => s.id === change.sectionId)) {
    return fail('invalid', 'checklist.unknownSection', { field: 'sectionId' });
  }
  if (change.evidenceUrl && !isHttpUrl(change.evidenceUrl)) {
    return fail('invalid', 'checklist.evidenceUrl', { field: 'evidenceUrl' });
  }
  if (change.text?.sv !== undefined && !change.text.sv.trim()) {
    return fail('invalid', 'validation.required', { field: 'text.sv' });
  }
  return ok(change);
}

export type NewItem = { sectionId: string; text: { sv: string; en?: string }; position?: number } & Omit<
  ItemChange,
  'text' | 'sectionId' | 'position'
>;

/** Adds an item (until sign-off); English text falls back to the Swedish. */
export function addItem(
  c: Checklist,
  input: NewItem & { id: string },
  actor: Person,
  now: Date,
): Result<{ checklist: Checklist; item: ChecklistItem }> {
  const state = editable(c);
  if (!state.ok) return state;
  const valid = validateChange(c, input);
  if (!valid.ok) return valid;
  const at = now.toISOString();
  const done = input.done ?? false;
  const item: ChecklistItem = {
    id: input.id,
    sectionId: input.sectionId,
    text: { sv: input.text.sv.trim(), en: input.text.en?.trim() || input.text.sv.trim() },
    done,
    doneBy: done ? actor : null,
    doneAt: done ? at : null,
    responsible: input.responsible ?? null,
    comment: input.comment ?? '',
    evidenceUrl: input.evidenceUrl || null,
    ...(input.evidenceDocument ? { evidenceDocument: input.evidenceDocument } : {}),
    updatedBy: actor,
    updatedAt: at,
    version: 1,
  };
  return ok({ checklist: { ...c, items: placeAt(c.sections, c.items, item, input.position) }, item });
}

/**
 * Changes one item. `expectedVersion` is the item's version the client saw (If-Match):
 * a stale one is a conflict that carries the item as it is now.
 */
export function changeItem(
  c: Checklist,
  itemId: string,
  expectedVersion: number,
  change: ItemChange,
  actor: Person,
  now: Date,
): Result<{ checklist: Checklist; item: ChecklistItem }> {
  const state = editable(c);
  if (!state.ok) return state;
  const current = c.items.find((i) => i.id === itemId);
  if (!current) return fail('not_found', 'checklist.itemNotFound', { params: { id: itemId } });
  if (current.version !== expectedVersion) return fail('conflict', 'conflict.stale', { current });
  // The sign-off item is done by the signatures, not by a tick (that would change what they sign).
  if (change.done === true && isSignOffItem(current)) return fail('invalid', 'checklist.signOffItemDerived', { field: 'done' });
  const valid = validateChange(c, change);
  if (!valid.ok) return valid;

  const at = now.toISOString();
  const item: ChecklistItem = { ...current, updatedBy: actor, updatedAt: at, version: current.version + 1 };
  if (change.text) {
    item.text = {
      sv: change.text.sv?.trim() ?? current.text.sv,
      en: change.text.en?.trim() || (change.text.sv !== undefined ? change.text.sv.trim() : current.text.en),
    };
  }
  if (change.sectionId !== undefined) item.sectionId = change.sectionId;
  if (change.done !== undefined && change.done !== current.done) {
    item.done = change.done;
    item.doneBy = change.done ? actor : null;
    item.doneAt = change.done ? at : null;
  }
  if (change.responsible !== undefined) item.responsible = change.responsible;
  if (change.comment !== undefined) item.comment = change.comment;
  if (change.evidenceUrl !== undefined) item.evidenceUrl = change.evidenceUrl || null;
  if (change.evidenceDocument !== undefined) item.evidenceDocument = change.evidenceDocument || null;

  const moved = change.position !== undefined || change.sectionId !== undefined;
  const items = moved ? placeAt(c.sections, c.items, item, change.position) : c.items.map((i) => (i.id === itemId ? item : i));
  return ok({ checklist: { ...c, items }, item });
}

/** The checklist as it is read: with its progress, whether it is locked (a signature) and read-only for good (both). */
export interface ChecklistView extends Checklist {
  progress: ChecklistProgress;
  locked: boolean;
  readOnly: boolean;
}

export const checklistView = (checklist: Checklist): ChecklistView => ({
  ...checklist,
  progress: checklistProgress(checklist),
  locked: checklist.signatures.length > 0,
  readOnly: checklist.signedOffAt !== null,
});

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
