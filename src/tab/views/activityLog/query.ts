import { ActivityFilter, NO_OWNER, Sort, filterActivities, isOverdue, sortActivities } from '../../../domain/activityQuery';
import type { Activity, Category, Status } from '../../types';

/**
 * The activity log's filters and sort order as the view keeps them, applied in the browser to
 * the list loaded once from GET /api/activities (cheap even for thousands of items) with the
 * server's own rules (domain/activityQuery.ts), so the export with the same query gives the
 * same rows.
 */
export { NO_OWNER, isOverdue };

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

const filterOf = (f: Filters, search: string): ActivityFilter => ({ status: f.status, owner: f.owner, category: f.category, overdue: f.overdue, q: search });
const sortOf = (s: SortState): Sort => `${s.direction === 'descending' ? '-' : ''}${s.column}` as Sort;

/** `search` matches key, title, description and owner, ignoring case and accents. */
export const filtered = (items: readonly Activity[], f: Filters, search: string, today: string): Activity[] => filterActivities(items, filterOf(f, search), today);

/** A sorted copy. */
export const sorted = (items: readonly Activity[], sort: SortState): Activity[] => sortActivities(items, sortOf(sort));

/** The same query as the grid, for GET /api/activities/export. */
export function exportQuery(format: 'csv' | 'xlsx', f: Filters, search: string, sort: SortState) {
  return {
    format,
    ...(f.status.length ? { status: f.status.join(',') } : {}),
    ...(f.owner.length ? { owner: f.owner.join(',') } : {}),
    ...(f.category.length ? { category: f.category.join(',') } : {}),
    ...(search.trim() ? { q: search.trim() } : {}),
    ...(f.overdue ? { overdue: 'true' } : {}),
    sort: sortOf(sort),
  };
}
