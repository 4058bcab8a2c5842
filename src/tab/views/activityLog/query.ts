import { PRIORITIES, STATUSES, isClosed } from '../../../domain/activity';
import type { Activity, Category, Status } from '../../types';

/**
 * The activity log's filters and sort order, applied in the browser to the list loaded once
 * from GET /api/activities (cheap even for thousands of items). The rules are the server's
 * (domain/activityQuery.ts), so the export with the same query gives the same rows.
 */
export const NO_OWNER = 'none';

export interface Filters {
  status: Status[];
  /** Owner ids; NO_OWNER = unassigned. */
  owner: string[];
  category: Category[];
  overdue: boolean;
}

export const NO_FILTERS: Filters = { status: [], owner: [], category: [], overdue: false };

export const SORT_COLUMNS = ['key', 'title', 'owner', 'status', 'priority', 'dueDate', 'updatedAt'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export interface SortState {
  column: SortColumn;
  direction: 'ascending' | 'descending';
}

export const DEFAULT_SORT: SortState = { column: 'key', direction: 'ascending' };

/** Today's calendar date in Europe/Stockholm (the app's zone), as YYYY-MM-DD. */
export function todayInStockholm(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Open and its due date has passed. */
export function isOverdue(a: Activity, today: string): boolean {
  return !isClosed(a.status) && a.dueDate !== null && a.dueDate < today;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('sv');

/** Each item's searchable text, folded once per version of the item (items are replaced, never mutated). */
const haystacks = new WeakMap<Activity, string>();
function haystack(a: Activity): string {
  let text = haystacks.get(a);
  if (text === undefined) {
    text = fold(`${a.key} ${a.title} ${a.description} ${a.owner?.name ?? ''}`);
    haystacks.set(a, text);
  }
  return text;
}

/** `search` matches key, title, description and owner, ignoring case and accents. */
export function filterActivities(items: readonly Activity[], f: Filters, search: string, today: string): Activity[] {
  const q = search.trim() ? fold(search.trim()) : null;
  return items.filter(
    (a) =>
      (f.status.length === 0 || f.status.includes(a.status)) &&
      (f.category.length === 0 || f.category.includes(a.category)) &&
      (f.owner.length === 0 || f.owner.includes(a.owner?.id ?? NO_OWNER)) &&
      (!f.overdue || isOverdue(a, today)) &&
      (!q || haystack(a).includes(q)),
  );
}

const numeric = new Intl.Collator('sv', { numeric: true });
const collator = new Intl.Collator('sv', { sensitivity: 'base' });
const byKey = (a: Activity, b: Activity) => numeric.compare(a.key, b.key);
function byDueDate(a: Activity, b: Activity): number {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return byKey(a, b);
}

const COMPARATORS: Record<SortColumn, (a: Activity, b: Activity) => number> = {
  key: byKey,
  dueDate: byDueDate,
  updatedAt: (a, b) => a.updatedAt.localeCompare(b.updatedAt) || byKey(a, b),
  priority: (a, b) => PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority) || byDueDate(a, b),
  status: (a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) || byDueDate(a, b),
  title: (a, b) => collator.compare(a.title, b.title) || byKey(a, b),
  owner: (a, b) => collator.compare(a.owner?.name ?? '', b.owner?.name ?? '') || byDueDate(a, b),
};

/** A sorted copy. */
export function sortActivities(items: readonly Activity[], sort: SortState): Activity[] {
  const base = COMPARATORS[sort.column];
  return [...items].sort(sort.direction === 'descending' ? (a, b) => base(b, a) : base);
}

/** The same query as the grid, for GET /api/activities/export. */
export function exportPath(format: 'csv' | 'xlsx', f: Filters, search: string, sort: SortState): string {
  const q = new URLSearchParams({ format });
  if (f.status.length) q.set('status', f.status.join(','));
  if (f.owner.length) q.set('owner', f.owner.join(','));
  if (f.category.length) q.set('category', f.category.join(','));
  if (search.trim()) q.set('q', search.trim());
  if (f.overdue) q.set('overdue', 'true');
  q.set('sort', `${sort.direction === 'descending' ? '-' : ''}${sort.column}`);
  return `/api/activities/export?${q.toString()}`;
}
