import { isClosed } from '../../../domain/activity';
import type { ActivityFields, ActivityPatch } from '../../../domain/activity';
import type { Locale, MessageKey } from '../../../i18n';
import { Translate, formatDate } from '../../i18n';
import type { Activity, Category, Origin, Person, Priority, Status } from '../../types';
import { NO_OWNER } from './query';

/** The edit dialog's form: what the user typed, as strings, and how it maps to the API. */
export interface FormValues {
  title: string;
  description: string;
  category: Category;
  /** A person's id, or NO_OWNER. */
  ownerId: string;
  status: Status;
  priority: Priority;
  /** YYYY-MM-DD or '' for none. */
  dueDate: string;
  origin: Origin;
  resolution: string;
}

export type FieldName = keyof ActivityFields;
export const FIELD_ORDER: FieldName[] = ['title', 'description', 'category', 'owner', 'status', 'priority', 'dueDate', 'origin', 'resolution'];

export const LIMITS = { title: 200, description: 5000, resolution: 2000 } as const;

export const EMPTY_VALUES: FormValues = {
  title: '',
  description: '',
  category: 'Övrigt',
  ownerId: NO_OWNER,
  status: 'ny',
  priority: 'normal',
  dueDate: '',
  origin: 'förvaltning',
  resolution: '',
};

export function valuesOf(a: Activity): FormValues {
  return {
    title: a.title,
    description: a.description,
    category: a.category,
    ownerId: a.owner?.id ?? NO_OWNER,
    status: a.status,
    priority: a.priority,
    dueDate: a.dueDate ?? '',
    origin: a.origin,
    resolution: a.resolution ?? '',
  };
}

/** The fields as the API takes them. An open item has no resolution (the server clears it). */
export function fieldsOf(v: FormValues, people: readonly Person[]): ActivityFields {
  const owner = v.ownerId === NO_OWNER ? null : (people.find((p) => p.id === v.ownerId) ?? null);
  return {
    title: v.title.trim(),
    description: v.description,
    category: v.category,
    owner: owner && { id: owner.id, name: owner.name },
    status: v.status,
    priority: v.priority,
    dueDate: v.dueDate || null,
    origin: v.origin,
    resolution: isClosed(v.status) ? v.resolution.trim() || null : null,
  };
}

function same(field: FieldName, a: ActivityFields, b: ActivityFields): boolean {
  if (field === 'owner') return (a.owner?.id ?? null) === (b.owner?.id ?? null);
  return (a[field] ?? null) === (b[field] ?? null);
}

export function fieldsOfActivity(a: Activity): ActivityFields {
  return {
    title: a.title,
    description: a.description,
    category: a.category,
    owner: a.owner,
    status: a.status,
    priority: a.priority,
    dueDate: a.dueDate,
    origin: a.origin,
    resolution: a.resolution,
  };
}

/** The fields where `next` differs from `base`, in form order. */
export function changedFields(next: ActivityFields, base: ActivityFields): FieldName[] {
  return FIELD_ORDER.filter((field) => !same(field, next, base));
}

/** Only what the user changed, for PATCH. */
export function patchOf(next: ActivityFields, base: ActivityFields): ActivityPatch {
  const patch: Record<string, unknown> = {};
  for (const field of changedFields(next, base)) patch[field] = next[field];
  return patch as ActivityPatch;
}

export type FieldErrors = Partial<Record<FieldName, string>>;

/** The checks the browser can make before sending; the server checks again (and closing rules). */
export function validate(v: FormValues, t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  const tooLong = (field: keyof typeof LIMITS, value: string) => {
    if (value.length > LIMITS[field]) {
      errors[field] = t('tab.activityLog.validation.tooLong', {
        field: t(`tab.activityLog.field.${field}`),
        max: LIMITS[field],
        length: value.length,
      });
    }
  };
  if (!v.title.trim()) errors.title = t('tab.activityLog.validation.titleRequired');
  else tooLong('title', v.title.trim());
  tooLong('description', v.description);
  if (isClosed(v.status)) tooLong('resolution', v.resolution.trim());
  return errors;
}

export const fieldLabel = (field: FieldName, t: Translate) => t(`tab.activityLog.field.${field}`);

const truncate = (s: string, max = 120) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/**
 * A value for reading: domain words translated (categories by their kept labels), dates formatted, empty said in words. Takes the
 * history's stored text too (status as 'pågår', owner as a name, date as YYYY-MM-DD).
 */
export function displayValue(field: FieldName, value: unknown, t: Translate, locale: Locale, category: (name: string) => string): string {
  if (field === 'owner') {
    const name = typeof value === 'string' ? value : (value as Person | null)?.name;
    return name || t('tab.unassigned');
  }
  if (field === 'dueDate') return typeof value === 'string' && value ? formatDate(value, locale) : t('tab.noDate');
  if (value === null || value === undefined || value === '') return t('tab.activityLog.emptyValue');
  const text = String(value);
  if (field === 'category') return category(text);
  const domainKey = { status: 'tab.status.', priority: 'tab.priority.', origin: 'tab.origin.' }[field as string];
  if (domainKey) return t(`${domainKey}${text}` as MessageKey);
  return truncate(text);
}
