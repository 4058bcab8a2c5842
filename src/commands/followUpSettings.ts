import { IsoDate, localDate } from '../domain/calendar';
import { FollowUpSettings, FollowUpSettingsView, TeamChannel, channelOf, defaultFollowUpSettings, withChannel, withSchedule } from '../domain/followUp';
import { FollowUpSchedule, meetingOnOrAfter, moveProblem, ScheduledMeeting, UpcomingMeeting, upcomingPlan, withMoves } from '../domain/followUpSchedule';
import { Identity } from '../domain/roles';
import { Result, fail, ok } from '../domain/problem';
import { changeEntry } from '../domain/auditDiff';
import { CommandContext, authorize, person } from './context';
import '../i18n/serverTexts';

/**
 * The monthly follow-up's settings: which channel gets the restlista before each meeting and
 * the schedule. Read by everything that needs "the next meeting" (the restlista, starting a
 * meeting, the reminders); without saved settings the default schedule applies (the first
 * Tuesday at 09:00 in the app's zone) and no channel is chosen.
 */
export async function loadFollowUpSettings(ctx: CommandContext): Promise<FollowUpSettings> {
  return (await ctx.store.followUp.get()) ?? defaultFollowUpSettings(ctx.timeZone);
}

/** The next meeting by the configured schedule: the first meeting day on or after today (in the schedule's zone). */
export async function nextMeeting(ctx: CommandContext, now = ctx.now()): Promise<ScheduledMeeting> {
  const { schedule } = await loadFollowUpSettings(ctx);
  return meetingOnOrAfter(schedule, localDate(now, schedule.timeZone));
}

export async function nextMeetingDate(ctx: CommandContext, now = ctx.now()): Promise<IsoDate> {
  return (await nextMeeting(ctx, now)).date;
}

/** How many coming meetings the settings show (with their reminders), so the schedule can be checked. */
const UPCOMING = 3;

/** The settings as the tab shows them; each coming meeting also says the holiday it falls on and which reminders were moved off days off. */
export type FollowUpSettingsPlan = FollowUpSettingsView & { upcoming: UpcomingMeeting[] };

async function viewOf(ctx: CommandContext, settings: FollowUpSettings): Promise<FollowUpSettingsPlan> {
  const channels = (await ctx.store.channels.list()).map(channelOf);
  return { ...settings, channels, upcoming: upcomingPlan(settings.schedule, ctx.now(), UPCOMING) };
}

/** Members read the follow-up's settings (GET /api/settings/follow-up). */
export async function readFollowUpSettings(ctx: CommandContext, actor: Identity): Promise<Result<FollowUpSettingsPlan>> {
  const allowed = authorize(actor, 'followUp.read');
  if (!allowed.ok) return allowed;
  return ok(await viewOf(ctx, await loadFollowUpSettings(ctx)));
}

/**
 * The next meetings by a schedule being edited, before it is saved (POST /api/settings/follow-up/preview):
 * each with the holiday it falls on (the settings warn) and its reminders, moved to working days.
 * Members may look (the form is shown to them read-only); nothing is written.
 */
export function previewFollowUpSchedule(clock: Pick<CommandContext, 'now'>, schedule: FollowUpSchedule, actor: Identity): Result<{ upcoming: UpcomingMeeting[] }> {
  const allowed = authorize(actor, 'followUp.read');
  if (!allowed.ok) return allowed;
  const kept = keptSchedule(schedule, clock.now());
  return kept.ok ? ok({ upcoming: upcomingPlan(kept.value, clock.now(), UPCOMING) }) : kept;
}

/** The schedule as it is kept: each moved meeting one of the rule's, in its month; old and duplicate moves left out. */
function keptSchedule(schedule: FollowUpSchedule, now: Date): Result<FollowUpSchedule> {
  for (const move of schedule.moved ?? []) {
    const problem = moveProblem(schedule.rule, move);
    // A move of the rule before it was changed is dropped, not refused: the form keeps it until saved.
    if (problem === 'followUp.moveMonth') return fail('invalid', problem, { field: 'schedule.moved' });
  }
  return ok(withMoves(schedule, localDate(now, schedule.timeZone)));
}

/** The tab's Inställningar (PUT /api/settings/follow-up): channel and schedule, If-Match = the version read. */
export async function saveFollowUpSettings(
  ctx: CommandContext,
  expectedVersion: number,
  input: { channelId: string | null; schedule: FollowUpSchedule },
  actor: Identity,
): Promise<Result<FollowUpSettingsPlan>> {
  const allowed = authorize(actor, 'followUp.configure');
  if (!allowed.ok) return allowed;
  const current = await loadFollowUpSettings(ctx);
  if (current.version !== expectedVersion) return fail('conflict', 'conflict.stale', { current });
  let channel = null;
  if (input.channelId !== null) {
    const known = await ctx.store.channels.get(input.channelId);
    if (!known) return fail('invalid', 'followUp.unknownChannel', { field: 'channelId' });
    channel = channelOf(known);
  }
  const now = ctx.now();
  const schedule = keptSchedule(input.schedule, now);
  if (!schedule.ok) return schedule;
  const next = withSchedule(withChannel(current, channel, person(actor), now), schedule.value, person(actor), now);
  const written = await write(ctx, current, next, actor);
  return written.ok ? ok(await viewOf(ctx, written.value)) : written;
}

/** "följ upp här" in a channel: that channel gets the reminders; the schedule stays. */
export async function chooseFollowUpChannel(ctx: CommandContext, channel: TeamChannel, actor: Identity): Promise<Result<FollowUpSettings>> {
  const allowed = authorize(actor, 'followUp.configure');
  if (!allowed.ok) return allowed;
  return retrying(ctx, actor, (current) => withChannel(current, channelOf(channel), person(actor), ctx.now()));
}

/**
 * The app was removed from a team (or a channel deleted): its channels are forgotten, and if
 * the follow-up channel was one of them, no channel is chosen any more.
 */
export async function forgetChannels(
  ctx: CommandContext,
  gone: { teamId: string } | { conversationId: string },
  actor: Identity,
): Promise<{ removed: number; followUpCleared: boolean }> {
  const removed = 'teamId' in gone ? await ctx.store.channels.removeTeam(gone.teamId) : Number(await ctx.store.channels.remove(gone.conversationId));
  const current = await loadFollowUpSettings(ctx);
  const affected =
    current.channel !== null && ('teamId' in gone ? current.channel.teamId === gone.teamId : current.channel.conversationId === gone.conversationId);
  if (!affected) return { removed, followUpCleared: false };
  const cleared = await retrying(ctx, actor, (s) => (s.channel?.conversationId === current.channel!.conversationId ? withChannel(s, null, person(actor), ctx.now()) : s));
  return { removed, followUpCleared: cleared.ok };
}

/** A read-modify-write that starts over when someone saved in between (the bot has no If-Match). */
async function retrying(
  ctx: CommandContext,
  actor: Identity,
  change: (current: FollowUpSettings) => FollowUpSettings,
): Promise<Result<FollowUpSettings>> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const current = await loadFollowUpSettings(ctx);
    const written = await write(ctx, current, change(current), actor);
    if (written.ok || written.problem.kind !== 'conflict') return written;
  }
  return fail('conflict', 'followUp.busy');
}

/** Saves `next` over `current` (the version read) with its entry in the trail; the same settings again write nothing. */
async function write(ctx: CommandContext, current: FollowUpSettings, next: FollowUpSettings, actor: Identity): Promise<Result<FollowUpSettings>> {
  const audit = changeEntry(ctx.now(), person(actor), { type: 'followUpSettings', id: 'default' }, 'followUpSettings.changed', current, next);
  if (audit.changes.length === 0) return ok(current);
  const written = await ctx.store.followUp.save(next, current.version, audit);
  if (written.ok) return ok(written.value);
  if (written.reason === 'conflict') return fail('conflict', 'conflict.stale', { current: written.current });
  return fail('conflict', 'conflict.stale', { current: await loadFollowUpSettings(ctx) });
}
