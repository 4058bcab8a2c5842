import type { Restlista, RestlistaGroup } from '../../types';

/** What a summary tile narrows the list to: one of the flags (the "open" tile shows everything). */
export type RestlistaFilter = Exclude<keyof Restlista['counts'], 'open'>;

export const FILTERS: readonly RestlistaFilter[] = ['overdue', 'dueBeforeMeeting', 'noOwner', 'noDueDate'];

/** The groups with only the items that carry the flag (groups left empty are dropped); all of them without a filter. */
export function filterGroups(groups: readonly RestlistaGroup[], filter: RestlistaFilter | null): RestlistaGroup[] {
  if (!filter) return [...groups];
  return groups.map((g) => ({ ...g, items: g.items.filter((i) => i.flags[filter]) })).filter((g) => g.items.length > 0);
}

export const itemCount = (groups: readonly RestlistaGroup[]): number => groups.reduce((n, g) => n + g.items.length, 0);
