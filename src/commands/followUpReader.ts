import { Activity } from '../domain/activity';
import { IsoDate } from '../domain/calendar';
import { FollowUpSchedule } from '../domain/followUpSchedule';
import { ConversationReference, OutboxMessage } from '../domain/notification';
import { RestlistaItem, restlista } from '../domain/restlista';
import { FollowUpSettings } from '../domain/followUp';
import { Identity } from '../domain/roles';
import { Result, ok } from '../domain/problem';
import { CommandContext, authorize } from './context';
import { loadFollowUpSettings } from './followUpSettings';
import { RegisterDocument } from '../domain/documentRegister';

/**
 * What the follow-up's cards are made from, read fresh when a card is built (bot/followUp/):
 * the activity log and the schedule as they are now, one item for a form card, and the cards
 * already posted in the follow-up channel for a meeting (to update them in place).
 */
export interface FollowUpSnapshot {
  activities: Activity[];
  schedule: FollowUpSchedule;
  /** The follow-up channel, if one is chosen. */
  channel: FollowUpSettings['channel'];
  now: Date;
  timeZone: string;
  /** The förvaltningsdokumentation register: the documents due for review get their own section. */
  documents: RegisterDocument[];
}

/** For a person (`actor`: who may read the log) or for the app itself (null: the scheduler's messages). */
export async function followUpSnapshot(ctx: CommandContext, actor: Identity | null): Promise<Result<FollowUpSnapshot>> {
  if (actor) {
    const allowed = authorize(actor, 'activity.read');
    if (!allowed.ok) return allowed;
  }
  const [{ schedule, channel }, activities, documents] = await Promise.all([loadFollowUpSettings(ctx), ctx.store.activities.list(), ctx.store.documents.list()]);
  return ok({ activities, schedule, channel, now: ctx.now(), timeZone: ctx.timeZone, documents });
}

/**
 * An item of the restlista for a form card, as it is now (null when it is gone), for someone who
 * may save that form: close or postpone it (`edit`), or note something on it (`comment`). Who may
 * not is told when they open the form, not after filling it in.
 */
export async function followUpItem(
  ctx: CommandContext,
  key: string,
  meetingDate: IsoDate,
  purpose: 'edit' | 'comment',
  actor: Identity,
): Promise<Result<RestlistaItem | null>> {
  const allowed = authorize(actor, purpose === 'edit' ? 'activity.edit' : 'activity.comment');
  if (!allowed.ok) return allowed;
  const activity = await ctx.store.activities.get(key);
  if (!activity) return ok(null);
  const [item] = restlista([activity], { now: ctx.now(), timeZone: ctx.timeZone, meetingDate }).groups.flatMap((g) => g.items);
  return ok(item ?? null);
}

/** The follow-up channel (where to post) and the messages posted there for the meeting; null without a channel the bot knows. */
export async function postedReminders(ctx: CommandContext, meetingDate: IsoDate): Promise<{ channelId: string; reference: ConversationReference; posted: OutboxMessage[] } | null> {
  const { channel } = await loadFollowUpSettings(ctx);
  if (!channel) return null;
  const [stored, posted] = await Promise.all([ctx.store.channels.get(channel.conversationId), ctx.store.outbox.sentToChannel(channel.conversationId, meetingDate)]);
  return stored ? { channelId: channel.conversationId, reference: stored.reference, posted } : null;
}
