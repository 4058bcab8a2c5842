import { Activity, Category, Status, PRIORITIES, STATUSES, isClosed } from './activity';
import { IsoDate } from './calendar';
import { byDueDate, compareKeys } from './activityOrder';

/**
 * Filters and sort order of the activity log — one implementation for the server (the list and
 * its export) and the tab (which filters the list it loaded in the browser), so the export with
 * the same query gives the same rows the grid shows.
 */
export const SORTS = [
  'key', '-key', 'dueDate', '-dueDate', 'updatedAt', '-updatedAt',
  'priority', '-priority', 'status', '-status', 'title', '-title', 'owner', '-owner',
] as const;
export type Sort = (typeof SORTS)[number];
export type SortField = Exclude<Sort, `-${string}`>;

/** The owner filter's value for items without an owner. */
export const NO_OWNER = 'none';

export interface ActivityFilter {
  status?: Status[];
  /** Owner object ids; NO_OWNER means unassigned. */
  owner?: string[];
  category?: Category[];
  /** Free text, matched case- and accent-insensitively against key, title, description and owner. */
  q?: string;
  /** Only open items whose due date has passed. */
  overdue?: boolean;
  sort?: Sort;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('sv');
const collator = new Intl.Collator('sv', { sensitivity: 'base' });

export function isOverdue(a: Activity, today: IsoDate): boolean {
  return !isClosed(a.status) && a.dueDate !== null && a.dueDate < today;
}

/** Each item's searchable text, folded once per version of the item (items are replaced, never changed). */
const haystacks = new WeakMap<Activity, string>();
function haystack(a: Activity): string {
  let text = haystacks.get(a);
  if (text === undefined) {
    text = fold(`${a.key} ${a.title} ${a.description} ${a.owner?.name ?? ''}`);
    haystacks.set(a, text);
  }
  return text;
}

/** The items the filter keeps, in the order given. */
export function filterActivities(all: readonly Activity[], filter: ActivityFilter, today: IsoDate): Activity[] {
  const q = filter.q?.trim() ? fold(filter.q.trim()) : null;
  return all.filter(
    (a) =>
      (!filter.status?.length || filter.status.includes(a.status)) &&
      (!filter.category?.length || filter.category.includes(a.category)) &&
      (!filter.owner?.length || filter.owner.includes(a.owner?.id ?? NO_OWNER)) &&
      (!filter.overdue || isOverdue(a, today)) &&
      (!q || haystack(a).includes(q)),
  );
}

const COMPARATORS: Record<SortField, (a: Activity, b: Activity) => number> = {
  key: (a, b) => compareKeys(a.key, b.key),
  dueDate: byDueDate,
  updatedAt: (a, b) => a.updatedAt.localeCompare(b.updatedAt) || compareKeys(a.key, b.key),
  priority: (a, b) => PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority) || byDueDate(a, b),
  status: (a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) || byDueDate(a, b),
  title: (a, b) => collator.compare(a.title, b.title) || compareKeys(a.key, b.key),
  owner: (a, b) => collator.compare(a.owner?.name ?? '', b.owner?.name ?? '') || byDueDate(a, b),
};

/** A sorted copy. */
export function sortActivities(items: readonly Activity[], sort: Sort): Activity[] {
  const descending = sort.startsWith('-');
  const base = COMPARATORS[(descending ? sort.slice(1) : sort) as SortField];
  return [...items].sort(descending ? (a, b) => base(b, a) : base);
}

export function queryActivities(all: readonly Activity[], filter: ActivityFilter, today: IsoDate): Activity[] {
  return sortActivities(filterActivities(all, filter, today), filter.sort ?? 'key');
}
