import { CATEGORIES } from './activity';
import { Person } from './person';
import { Result, fail, ok } from './problem';

/**
 * The activity log's categories, kept by the förvaltningsledare: the seven the rollout project
 * used, and any the administration adds. A category is never deleted — items carry its name —
 * only retired: a retired category is no longer offered for new or changed items, and items
 * that have it keep it (and can still be filtered by it). The Swedish name is the category's
 * identity (stored on the items, exported); the English name is only a label.
 */
export interface CategoryItem {
  name: string;
  /** The English label; null = the Swedish name in both languages. */
  en: string | null;
  retired: boolean;
}

export interface Categories {
  items: CategoryItem[];
  /** 0 = never saved (the defaults). */
  version: number;
  updatedAt: string | null;
  updatedBy: Person | null;
}

export const MAX_CATEGORY_NAME = 40;

const DEFAULT_ENGLISH: Record<(typeof CATEGORIES)[number], string> = {
  Licenser: 'Licences',
  Utbildning: 'Training',
  Telefoni: 'Telephony',
  Integration: 'Integration',
  Dokumentation: 'Documentation',
  Support: 'Support',
  Övrigt: 'Other',
};

export function defaultCategories(): Categories {
  return { items: CATEGORIES.map((name) => ({ name, en: DEFAULT_ENGLISH[name], retired: false })), version: 0, updatedAt: null, updatedBy: null };
}

const sameName = (a: string, b: string) => a.localeCompare(b, 'sv', { sensitivity: 'accent' }) === 0;

export const findCategory = (categories: Categories, name: string): CategoryItem | undefined =>
  categories.items.find((c) => c.name === name);

/** The label of a category name in a language (unknown names — e.g. from an import — as they are). */
export function categoryLabel(categories: Categories, name: string, locale: 'sv' | 'en'): string {
  const item = findCategory(categories, name);
  return locale === 'en' && item?.en ? item.en : name;
}

/**
 * May an item get this category? A new or changed category must be one that is not retired; an
 * item that keeps the category it has may keep a retired one.
 */
export function checkCategory(categories: Categories, name: string, previous: string | null): Result<string> {
  if (previous !== null && name === previous) return ok(name);
  const item = findCategory(categories, name);
  const options = categories.items.filter((c) => !c.retired).map((c) => c.name).join(', ');
  if (!item) return fail('invalid', 'validation.category', { field: 'category', params: { name, options } });
  if (item.retired) return fail('invalid', 'validation.categoryRetired', { field: 'category', params: { name } });
  return ok(name);
}

/**
 * The list as the förvaltningsledare saves it: names trimmed, 1–40 characters, no two alike
 * (case-insensitive), every category there was still there (retire instead of delete; a name
 * cannot change, it is on the items), at least one not retired.
 */
export function replaceCategories(current: Categories, next: readonly CategoryItem[], by: Person, now: Date): Result<Categories> {
  const items: CategoryItem[] = [];
  for (const [index, raw] of next.entries()) {
    const name = raw.name.trim();
    const en = raw.en?.trim() || null;
    const field = `items.${index}.name`;
    if (!name) return fail('invalid', 'validation.required', { field });
    if (name.length > MAX_CATEGORY_NAME || (en?.length ?? 0) > MAX_CATEGORY_NAME) {
      return fail('invalid', 'validation.tooLong', { field, params: { max: MAX_CATEGORY_NAME } });
    }
    if (items.some((c) => sameName(c.name, name))) return fail('invalid', 'categories.duplicate', { field, params: { name } });
    items.push({ name, en, retired: raw.retired });
  }
  const missing = current.items.find((c) => !items.some((n) => n.name === c.name));
  if (missing) return fail('invalid', 'categories.removed', { field: 'items', params: { name: missing.name } });
  if (!items.some((c) => !c.retired)) return fail('invalid', 'categories.noneActive', { field: 'items' });
  return ok({ ...current, items, updatedAt: now.toISOString(), updatedBy: by });
}
