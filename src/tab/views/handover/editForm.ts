import type { ChecklistItem, Person } from '../../types';
import type { ItemPatch } from './model';

/** The edit dialog's fields, and how they turn into a PATCH that carries only what changed. */
export interface EditForm {
  textSv: string;
  textEn: string;
  responsible: Person | null;
  comment: string;
  evidenceUrl: string;
  /** A register document's id, '' for none. */
  evidenceDocument: string;
}

export type FormField = keyof EditForm;
const FIELDS: FormField[] = ['textSv', 'textEn', 'responsible', 'comment', 'evidenceUrl', 'evidenceDocument'];

export const formOf = (item: ChecklistItem): EditForm => ({
  textSv: item.text.sv,
  textEn: item.text.en,
  responsible: item.responsible,
  comment: item.comment,
  evidenceUrl: item.evidenceUrl ?? '',
  evidenceDocument: item.evidenceDocument ?? '',
});

function same<K extends FormField>(key: K, a: EditForm[K], b: EditForm[K]): boolean {
  if (key === 'responsible') return ((a as Person | null)?.id ?? null) === ((b as Person | null)?.id ?? null);
  if (key === 'evidenceUrl') return String(a).trim() === String(b).trim();
  return a === b;
}

/** The change from `base` to `form`. Text goes as both languages (the server fills a missing en from sv). */
export function diffForm(base: EditForm, form: EditForm): ItemPatch {
  const patch: ItemPatch = {};
  if (!same('textSv', base.textSv, form.textSv) || !same('textEn', base.textEn, form.textEn)) {
    patch.text = { sv: form.textSv, en: form.textEn };
  }
  if (!same('responsible', base.responsible, form.responsible)) patch.responsible = form.responsible;
  if (!same('comment', base.comment, form.comment)) patch.comment = form.comment;
  if (!same('evidenceUrl', base.evidenceUrl, form.evidenceUrl)) patch.evidenceUrl = form.evidenceUrl.trim() || null;
  if (!same('evidenceDocument', base.evidenceDocument, form.evidenceDocument)) patch.evidenceDocument = form.evidenceDocument || null;
  return patch;
}

/** After a 412: the user's changed fields on top of the other person's version. */
export function mergeForm(base: EditForm, form: EditForm, theirs: EditForm): EditForm {
  const merged = { ...theirs };
  for (const key of FIELDS) {
    if (!same(key, base[key], form[key])) (merged as Record<FormField, unknown>)[key] = form[key];
  }
  return merged;
}

/** The server's field name (400 `field`) → the dialog's field. */
export function fieldOf(field: string | undefined): FormField | null {
  if (!field) return null;
  if (field === 'text' || field === 'text.sv') return 'textSv';
  if (field === 'text.en') return 'textEn';
  if (field.startsWith('responsible')) return 'responsible';
  if (field === 'comment' || field === 'evidenceUrl' || field === 'evidenceDocument') return field;
  return null;
}
