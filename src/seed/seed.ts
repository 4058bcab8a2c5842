import { DateTime } from 'luxon';
import { Identity, can } from '../domain/roles';
import { nextMeetingDate } from '../commands/followUpSettings';
import { unwrap } from '../domain/problem';
import { CommandContext } from '../commands/context';
import { createActivity } from '../commands/activityCreator';
import { updateActivity } from '../commands/activityUpdater';
import { addComment } from '../commands/commentAdder';
import { loadChecklist } from '../commands/checklistDocument';
import { changeChecklistItem } from '../commands/checklistEditor';
import { findDevUser } from '../auth/devUsers';
import { DEMO_ACTIVITY_LOG, DEMO_CHECKLIST_PROGRESS } from './demoActivityLog';
import { seedDemoTrainings } from './demoTrainings';
import { seedDemoCosts } from './demoCosts';
import { Checklist } from '../domain/checklist';
import { seedDemoDocuments } from './demoDocuments';

/**
 * On an empty store: the default handover checklist, and — unless demo data is off — a demo
 * activity log with history, follow-up notes and a half-ticked checklist, and demo trainings
 * (src/seed/demoTrainings.ts), so a newcomer sees real work. Each part is seeded once, into
 * an empty store part: a database from before the trainings still gets its demo trainings.
 */
export async function seed(ctx: CommandContext, opts: { demo: boolean }): Promise<{ activities: number; trainings: number }> {
  const checklist = await loadChecklist(ctx);
  if (!opts.demo) return { activities: 0, trainings: 0 };
  const activities = await seedDemoActivities(ctx, checklist);
  const trainings = await seedDemoTrainings(ctx);
  // Kostnadskalkyl (issue 16)
  await seedDemoCosts(ctx);
  // The förvaltningsdokumentation register (issue 16), once, into an empty register.
  await seedDemoDocuments(ctx);
  return { activities, trainings };
}

/** The demo activity log and checklist progress, through the same use cases as the API. */
async function seedDemoActivities(ctx: CommandContext, checklist: Checklist): Promise<number> {
  if ((await ctx.store.activities.list()).length > 0) return 0;
  if (!(await ctx.store.markOnce('demo-seeded'))) return 0;

  const now = ctx.now();
  const user = (alias: string): Identity => {
    const u = findDevUser(alias);
    if (!u) throw new Error(`demo user ${alias} is missing`);
    return u;
  };
  const at = (daysAgo: number) => () => DateTime.fromJSDate(now).minus({ days: daysAgo }).toJSDate();
  const day = (offset: number) => DateTime.fromJSDate(now).setZone(ctx.timeZone).plus({ days: offset }).toISODate()!;
  const lead = user('lead');
  // Readers may not edit: their changes are entered by the förvaltningsledare.
  const editor = (u: Identity | null) => (u && can(u, 'activity.edit') ? u : lead);

  for (const demo of DEMO_ACTIVITY_LOG) {
    const owner = demo.owner ? user(demo.owner) : null;
    const creator = user('owner');
    const created = unwrap(
      await createActivity(
        { ...ctx, now: at(demo.createdDaysAgo) },
        {
          title: demo.title,
          description: demo.description,
          category: demo.category,
          owner: owner && { id: owner.id, name: owner.name },
          status: 'ny',
          priority: demo.priority,
          dueDate: demo.dueInDays === null ? null : day(demo.dueInDays),
          origin: demo.origin,
          resolution: null,
        },
        creator,
      ),
    );
    for (const note of demo.notes ?? []) {
      const when = at(note.daysAgo);
      const meetingDate = note.followUp ? await nextMeetingDate(ctx, when()) : null;
      unwrap(await addComment({ ...ctx, now: when }, created.key, { text: note.text, meetingDate }, lead));
    }
    if (demo.status !== 'ny') {
      const changedAt = Math.max(1, Math.floor(demo.createdDaysAgo / 2));
      unwrap(
        await updateActivity(
          { ...ctx, now: at(changedAt) },
          created.key,
          created.version,
          { status: demo.status, resolution: demo.resolution },
          editor(owner),
        ),
      );
    }
  }

  for (const item of DEMO_CHECKLIST_PROGRESS) {
    const current = checklist.items.find((i) => i.id === item.id);
    if (!current) continue;
    const responsible = user(item.responsible);
    unwrap(
      await changeChecklistItem(
        { ...ctx, now: at(14) },
        item.id,
        current.version,
        {
          done: item.done,
          responsible: { id: responsible.id, name: responsible.name },
          ...(item.comment ? { comment: item.comment } : {}),
        },
        editor(responsible),
      ),
    );
  }
  return DEMO_ACTIVITY_LOG.length;
}
