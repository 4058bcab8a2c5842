import { Activity } from './activity';

/**
 * The orders the activity log and the restlista share: by key (A-2 before A-10) and by due date
 * (none last, then by key). Light on purpose — no dates library: the tab's first view uses it.
 */

/** Due date first (items without a date last), then key. */
export function byDueDate(a: Activity, b: Activity): number {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return compareKeys(a.key, b.key);
}

const numericCollator = new Intl.Collator('sv', { numeric: true });

/** A-2 < A-10: keys compare by their number. */
export function compareKeys(a: string, b: string): number {
  return numericCollator.compare(a, b);
}

