import type { Activity, RestlistaItem } from '../../types';
import { daysBetween } from './dates';

/**
 * The restlista's flags for one item, as the server computes them (src/domain/restlista.ts),
 * for an item the tab has just reloaded on its own (the meeting's current item, whose comments the
 * meeting shows itself: no latest note here).
 */
export function flagItem(activity: Activity, today: string, meetingDate: string): RestlistaItem {
  const due = activity.dueDate;
  const overdue = due !== null && due < today;
  return {
    activity,
    flags: {
      overdue,
      dueBeforeMeeting: due !== null && !overdue && due <= meetingDate,
      noOwner: activity.owner === null,
      noDueDate: due === null,
    },
    daysOverdue: overdue ? daysBetween(due!, today) : null,
    latestNote: null,
  };
}
