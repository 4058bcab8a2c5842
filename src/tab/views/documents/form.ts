import type { DocumentFields, DocumentKind, DocumentStatus } from '../../../domain/documentRegister';
import type { Person } from '../../types';

/** The add/edit dialog's fields as the form holds them (dates may be unset while typing; the interval as typed). */
export interface DocumentForm {
  title: string;
  kind: DocumentKind;
  link: string;
  owner: Person | null;
  versionLabel: string;
  documentDate: string | null;
  lastReviewed: string | null;
  interval: string;
  status: DocumentStatus;
  notes: string;
}

export const emptyForm = (today: string): DocumentForm => ({
  title: '',
  kind: 'rutin',
  link: 'https://',
  owner: null,
  versionLabel: '',
  documentDate: today,
  lastReviewed: null,
  interval: '12',
  status: 'gällande',
  notes: '',
});

export const formOf = (d: DocumentFields): DocumentForm => ({
  title: d.title,
  kind: d.kind,
  link: d.link,
  owner: d.owner,
  versionLabel: d.versionLabel,
  documentDate: d.documentDate,
  lastReviewed: d.lastReviewed,
  interval: d.reviewIntervalMonths === null ? '' : String(d.reviewIntervalMonths),
  status: d.status,
  notes: d.notes,
});

/** The interval as the API takes it: empty → null (no review); anything else as a number (the server says what is wrong with it). */
const intervalOf = (typed: string): number | null => (typed.trim() === '' ? null : Number(typed.trim()));

/** The fields as they are sent: every one for a new document. */
export function fieldsOf(form: DocumentForm): DocumentFields {
  return {
    title: form.title,
    kind: form.kind,
    link: form.link,
    owner: form.owner,
    versionLabel: form.versionLabel,
    documentDate: form.documentDate ?? '',
    lastReviewed: form.lastReviewed,
    reviewIntervalMonths: intervalOf(form.interval),
    status: form.status,
    notes: form.notes,
  };
}

/** Only what the person changed since `opened`: so a change saved over someone else's version keeps their other fields. */
export function patchOf(opened: DocumentFields, form: DocumentForm): Partial<DocumentFields> {
  const next = fieldsOf(form);
  const patch: Partial<Record<keyof DocumentFields, unknown>> = {};
  for (const key of Object.keys(next) as (keyof DocumentFields)[]) {
    const a = opened[key];
    const b = next[key];
    const same = key === 'owner' ? (a as Person | null)?.id === (b as Person | null)?.id : a === b;
    if (!same) patch[key] = b;
  }
  return patch as Partial<DocumentFields>;
}

/** The form's fields the server may name in a 400 (`reviewIntervalMonths` is the form's `interval`). */
export const formField = (field: string | undefined): keyof DocumentForm | 'general' =>
  field === 'reviewIntervalMonths'
    ? 'interval'
    : field && ['title', 'kind', 'link', 'owner', 'versionLabel', 'documentDate', 'lastReviewed', 'status', 'notes'].includes(field)
      ? (field as keyof DocumentForm)
      : 'general';
