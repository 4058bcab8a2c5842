import { Activity, Comment, isClosed } from './activity';
import { byDueDate } from './activityOrder';
import { IsoDate, daysBetween, localDate } from './calendar';
import { Person } from './person';

/**
 * The restlista: the open items of the activity log (not klar/avförd), grouped by owner and
 * sorted by due date, each flagged so the förvaltningsledare sees what needs attention at the
 * monthly meeting, with its newest follow-up note. Everything is computed from "now", the time
 * zone, the meeting date and the items' comments.
 */
export interface RestlistaFlags {
  /** Due date has passed (before today in the time zone). */
  overdue: boolean;
  /** Due today or later, but on or before the meeting date. */
  dueBeforeMeeting: boolean;
  noOwner: boolean;
  noDueDate: boolean;
}

/** The newest follow-up note (comment) of an item, as its card shows it. */
export type LatestNote = Pick<Comment, 'at' | 'by' | 'text' | 'meetingDate'>;

export interface RestlistaItem {
  activity: Activity;
  flags: RestlistaFlags;
  /** Days past the due date (only when overdue). */
  daysOverdue: number | null;
  /** The item's newest follow-up note; null when it has none (or none were given). */
  latestNote: LatestNote | null;
}

export interface RestlistaGroup {
  /** null = items without an owner (utan ansvarig); that group comes first. */
  owner: Person | null;
  items: RestlistaItem[];
}

export interface Restlista {
  today: IsoDate;
  meetingDate: IsoDate;
  counts: { open: number; overdue: number; dueBeforeMeeting: number; noOwner: number; noDueDate: number };
  groups: RestlistaGroup[];
}

export function restlistaFlags(activity: Activity, today: IsoDate, meetingDate: IsoDate): RestlistaFlags {
  const due = activity.dueDate;
  const overdue = due !== null && due < today;
  return {
    overdue,
    dueBeforeMeeting: due !== null && !overdue && due <= meetingDate,
    noOwner: activity.owner === null,
    noDueDate: due === null,
  };
}

const collator = new Intl.Collator('sv', { sensitivity: 'base' });

/**
 * Each item's newest note, by key: the latest `at`; of notes written at the same time, the one
 * given last (the stores list them in the order written).
 */
export function latestNotes(comments: readonly Comment[]): Map<string, LatestNote> {
  const latest = new Map<string, LatestNote>();
  for (const c of comments) {
    const current = latest.get(c.activityKey);
    if (!current || c.at >= current.at) latest.set(c.activityKey, { at: c.at, by: c.by, text: c.text, meetingDate: c.meetingDate });
  }
  return latest;
}

export function restlista(
  activities: readonly Activity[],
  opts: { now: Date; timeZone: string; meetingDate: IsoDate; comments?: readonly Comment[] },
): Restlista {
  const today = localDate(opts.now, opts.timeZone);
  const notes = latestNotes(opts.comments ?? []);
  const open = activities.filter((a) => !isClosed(a.status)).sort(byDueDate);

  const groups = new Map<string, RestlistaGroup>();
  const counts = { open: open.length, overdue: 0, dueBeforeMeeting: 0, noOwner: 0, noDueDate: 0 };
  for (const activity of open) {
    const flags = restlistaFlags(activity, today, opts.meetingDate);
    if (flags.overdue) counts.overdue++;
    if (flags.dueBeforeMeeting) counts.dueBeforeMeeting++;
    if (flags.noOwner) counts.noOwner++;
    if (flags.noDueDate) counts.noDueDate++;
    const groupKey = activity.owner?.id ?? '';
    let group = groups.get(groupKey);
    if (!group) {
      group = { owner: activity.owner, items: [] };
      groups.set(groupKey, group);
    }
    group.items.push({
      activity,
      flags,
      daysOverdue: flags.overdue ? daysBetween(activity.dueDate!, today) : null,
      latestNote: notes.get(activity.key) ?? null,
    });
  }

  const sorted = [...groups.values()].sort((a, b) => {
    if (a.owner === null) return -1;
    if (b.owner === null) return 1;
    return collator.compare(a.owner.name, b.owner.name);
  });
  return { today, meetingDate: opts.meetingDate, counts, groups: sorted };
}
