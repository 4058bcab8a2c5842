import { Activity, Category, Status, PRIORITIES, STATUSES, isClosed } from './activity';
import { IsoDate } from './calendar';
import { byDueDate, compareKeys } from './restlista';

/** Filters and sort order of the activity log view and its export. */
export const SORTS = [
  'key', '-key', 'dueDate', '-dueDate', 'updatedAt', '-updatedAt',
  'priority', '-priority', 'status', '-status', 'title', '-title', 'owner', '-owner',
] as const;
export type Sort = (typeof SORTS)[number];

export interface ActivityFilter {
  status?: Status[];
  /** Owner object ids; 'none' means unassigned. */
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

export function queryActivities(all: readonly Activity[], filter: ActivityFilter, today: IsoDate): Activity[] {
  const q = filter.q?.trim() ? fold(filter.q.trim()) : null;
  const result = all.filter(
    (a) =>
      (!filter.status?.length || filter.status.includes(a.status)) &&
      (!filter.category?.length || filter.category.includes(a.category)) &&
      (!filter.owner?.length || filter.owner.includes(a.owner?.id ?? 'none')) &&
      (!filter.overdue || isOverdue(a, today)) &&
      (!q || fold(`${a.key} ${a.title} ${a.description} ${a.owner?.name ?? ''}`).includes(q)),
  );
  return result.sort(comparator(filter.sort ?? 'key'));
}

function comparator(sort: Sort): (a: Activity, b: Activity) => number {
  const descending = sort.startsWith('-');
  const field = (descending ? sort.slice(1) : sort) as Exclude<Sort, `-${string}`>;
  const base = ((): ((a: Activity, b: Activity) => number) => {
    switch (field) {
      case 'key':
        return (a, b) => compareKeys(a.key, b.key);
      case 'dueDate':
        return byDueDate;
      case 'updatedAt':
        return (a, b) => a.updatedAt.localeCompare(b.updatedAt) || compareKeys(a.key, b.key);
      case 'priority':
        return (a, b) => PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority) || byDueDate(a, b);
      case 'status':
        return (a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) || byDueDate(a, b);
      case 'title':
        return (a, b) => collator.compare(a.title, b.title) || compareKeys(a.key, b.key);
      case 'owner':
        return (a, b) => collator.compare(a.owner?.name ?? '', b.owner?.name ?? '') || byDueDate(a, b);
    }
  })();
  return descending ? (a, b) => base(b, a) : base;
}
