import { Activity, ActivityDetails, isClosed } from '../domain/activity';
import { activityHistory } from '../domain/activityHistory';
import { ActivityFilter, queryActivities } from '../domain/activityQuery';
import { IsoDate, localDate } from '../domain/calendar';
import { Person } from '../domain/person';
import { Restlista, restlista } from '../domain/restlista';
import { Identity } from '../domain/roles';
import { Result, fail, ok } from '../domain/problem';
import { CommandContext, authorize } from './context';
import { nextMeetingDate } from './followUpSettings';
import { wholeTrail } from './auditReader';

/** Reading the activity log (aktivitetslogg) and its restlista: for everyone who may read it. */

/** The log filtered and sorted as asked (domain/activityQuery.ts), "overdue" by today in the app's zone. */
export async function listActivities(ctx: CommandContext, filter: ActivityFilter, actor: Identity): Promise<Result<Activity[]>> {
  const allowed = authorize(actor, 'activity.read');
  if (!allowed.ok) return allowed;
  return ok(queryActivities(await ctx.store.activities.list(), filter, localDate(ctx.now(), ctx.timeZone)));
}

/** One item with its history (who, when, field, from → to: from the trail) and its comments. */
export async function activityDetails(ctx: CommandContext, key: string, actor: Identity): Promise<Result<ActivityDetails>> {
  const allowed = authorize(actor, 'activity.read');
  if (!allowed.ok) return allowed;
  const activity = await ctx.store.activities.get(key);
  if (!activity) return fail('not_found', 'activity.notFound', { params: { key } });
  const [trail, comments] = await Promise.all([wholeTrail(ctx, { record: { type: 'activity', id: key } }), ctx.store.activities.comments(key)]);
  return ok({ activity, history: activityHistory(key, trail), comments });
}

/** The restlista for a meeting (by default the next one by the follow-up schedule), each item with its latest note. */
export async function readRestlista(ctx: CommandContext, meetingDate: IsoDate | undefined, actor: Identity): Promise<Result<Restlista>> {
  const allowed = authorize(actor, 'activity.read');
  if (!allowed.ok) return allowed;
  const now = ctx.now();
  const meeting = meetingDate ?? (await nextMeetingDate(ctx, now));
  const activities = await ctx.store.activities.list();
  // The open items' notes, for each card's latest follow-up note (one read per open item).
  const open = activities.filter((a) => !isClosed(a.status));
  const comments = (await Promise.all(open.map((a) => ctx.store.activities.comments(a.key)))).flat();
  return ok(restlista(activities, { now, timeZone: ctx.timeZone, meetingDate: meeting, comments }));
}

/** Everyone the log knows (owners, creators, editors) and the caller, by name; `extra` first (the demo users in dev mode). */
export async function knownPeople(ctx: CommandContext, query: { q?: string; extra?: readonly Person[] }, actor: Identity): Promise<Result<Person[]>> {
  const allowed = authorize(actor, 'activity.read');
  if (!allowed.ok) return allowed;
  const people = new Map<string, Person>();
  const add = (p: Person | null) => p && !people.has(p.id) && people.set(p.id, { id: p.id, name: p.name });
  query.extra?.forEach(add);
  add(actor);
  for (const a of await ctx.store.activities.list()) {
    add(a.owner);
    add(a.createdBy);
    add(a.updatedBy);
  }
  const needle = query.q?.trim().toLocaleLowerCase('sv');
  return ok(
    [...people.values()].filter((p) => !needle || p.name.toLocaleLowerCase('sv').includes(needle)).sort((a, b) => a.name.localeCompare(b.name, 'sv')),
  );
}
