import { ConversationReference } from '../../domain/notification';
import { TEAM_EVENTS, TeamEvent } from '../../commands/teamChannels';

/**
 * What the bot core sees of a turn and what it answers, independent of the SDK that delivered
 * it (botbuilder today, the Microsoft 365 Agents SDK later). The SDK adapter
 * (botbuilderAdapter.ts) turns its activity into a BotTurn with `toBotTurn`, hands it to the
 * core and performs the BotOutput. Activities are the Bot Framework JSON schema, which both SDKs
 * share, so `ActivityLike` is the few fields read here.
 */
export interface ActivityLike {
  type?: string;
  id?: string;
  name?: string;
  text?: string;
  value?: unknown;
  action?: string;
  locale?: string;
  replyToId?: string;
  channelId?: string;
  serviceUrl?: string;
  from?: { id?: string; name?: string; aadObjectId?: string };
  recipient?: { id?: string; name?: string };
  conversation?: { id?: string; conversationType?: string; tenantId?: string };
  channelData?: unknown;
  membersAdded?: { id?: string }[];
  membersRemoved?: { id?: string }[];
}

/** Teams' channelData, the parts read here: the team and channel of a channel conversation, and the event of a conversationUpdate. */
interface TeamsChannelData {
  team?: { id?: unknown; name?: unknown; aadGroupId?: unknown };
  channel?: { id?: unknown; name?: unknown };
  eventType?: unknown;
  settings?: { selectedChannel?: { id?: unknown } };
  tenant?: { id?: unknown };
}

/** The team and channel a turn happened in (team scope only). */
export interface TurnTeam {
  id: string;
  name: string | null;
  /** The team's Microsoft 365 group id (what Microsoft Graph's /teams/{id} takes), when Teams sends it. */
  groupId: string | null;
  /** The channel's conversation id (no `;messageid=`), and its name (null for General). */
  channelId: string;
  channelName: string | null;
}


/** Who acts: the Entra object id (the domain's user id), the channel's id for them (29:…), their name. */
export interface BotActor {
  aadObjectId: string | null;
  channelUserId: string;
  name: string;
}

interface TurnBase {
  /** The activity id; the same id again is a resend. Null when the channel gave none. */
  activityId: string | null;
  /** The activity type as received, for the log. */
  type: string;
  actor: BotActor | null;
  /** The client's language tag (sv-SE, en-US, …). */
  locale: string | null;
  tenantId: string | null;
  /** personal, groupChat or channel. */
  conversationType: string | null;
  /** Where to answer and, in a personal chat, where to reach the person later. */
  reference: ConversationReference | null;
  /** In a team: the team and the channel (from Teams' channelData); null elsewhere. */
  team: TurnTeam | null;
}

export type BotTurn = TurnBase &
  (
    | { kind: 'message'; text: string; value: unknown; replyToId: string | null }
    | { kind: 'invoke'; name: string; value: unknown; replyToId: string | null }
    | { kind: 'installed' }
    | { kind: 'uninstalled' }
    | { kind: 'teamEvent'; event: TeamEvent }
    /** People (not the bot) were added to or removed from the team: its roster may have changed. */
    | { kind: 'membersChanged' }
    | { kind: 'other' }
  );

/** Adaptive Card JSON, ready to send. */
export type CardJson = Record<string, unknown>;

/** A message the bot sends: a card (with a short summary for notifications) or plain text. */
export interface OutgoingMessage {
  card?: CardJson;
  text?: string;
  /** Shown in notifications and the chat list instead of "sent a card". */
  summary?: string;
}

/** The HTTP answer to an invoke (status and body), e.g. an Adaptive Card for Action.Execute. */
export interface InvokeReply {
  status: number;
  body?: unknown;
}

export interface BotOutput {
  /** Replace the message a card action came from (Action.Submit fallback). */
  update?: { activityId: string; message: OutgoingMessage };
  /** Messages to send in the conversation, in order. */
  send: OutgoingMessage[];
  /** The answer to an invoke; always set for invokes. */
  invokeReply?: InvokeReply;
  /** For the turn's log line: what was done (a command, installed, resent, …). */
  handled?: string;
  /** For the turn's log line: the card verb, for card actions. */
  verb?: string;
}

/** Sends a message into a stored conversation (proactive), or replaces one sent before; reports what the connector said. */
export interface ProactiveSender {
  send(reference: ConversationReference, message: OutgoingMessage): Promise<SendOutcome>;
  /** Replaces the message `activityId` in the conversation (updateActivity): everyone sees the new card. */
  update(reference: ConversationReference, activityId: string, message: OutgoingMessage): Promise<SendOutcome>;
}

export type SendOutcome =
  | { ok: true; activityId: string | null }
  /** `status` null: no HTTP answer (network). `retryAfterMs` from the connector's Retry-After. */
  | { ok: false; status: number | null; retryAfterMs: number | null; error: string };

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

const channelDataOf = (activity: ActivityLike): TeamsChannelData =>
  activity.channelData && typeof activity.channelData === 'object' ? (activity.channelData as TeamsChannelData) : {};

/** The tenant from the conversation, or Teams' channelData.tenant.id. */
function tenantOf(activity: ActivityLike): string | null {
  return str(activity.conversation?.tenantId) ?? str(channelDataOf(activity).tenant?.id);
}

/**
 * The team and channel of a team-scope turn. A message in a channel thread has the conversation
 * id `19:…@thread.tacv2;messageid=…`; the channel is the part before `;`. On install, Teams may
 * name the channel the app was added from in `settings.selectedChannel`; the General channel's
 * id is the team's.
 */
function teamOf(activity: ActivityLike): TurnTeam | null {
  const data = channelDataOf(activity);
  const teamId = str(data.team?.id);
  if (!teamId) return null;
  const conversationChannel = str(activity.conversation?.id)?.split(';')[0] ?? null;
  const channelId = str(data.channel?.id) ?? str(data.settings?.selectedChannel?.id) ?? conversationChannel ?? teamId;
  const channelName = str(data.channel?.name);
  return { id: teamId, name: str(data.team?.name), groupId: str(data.team?.aadGroupId), channelId, channelName: channelId === teamId ? null : channelName };
}

function referenceOf(activity: ActivityLike, tenantId: string | null): ConversationReference | null {
  const { serviceUrl, conversation, recipient, from } = activity;
  if (!str(serviceUrl) || !str(conversation?.id) || !str(recipient?.id) || !str(from?.id)) return null;
  return {
    channelId: str(activity.channelId) ?? 'msteams',
    serviceUrl: serviceUrl!,
    conversation: {
      id: conversation!.id!,
      ...(str(conversation!.conversationType) ? { conversationType: conversation!.conversationType } : {}),
      ...(tenantId ? { tenantId } : {}),
    },
    bot: { id: recipient!.id!, ...(str(recipient!.name) ? { name: recipient!.name } : {}) },
    user: { id: from!.id!, ...(str(from!.aadObjectId) ? { aadObjectId: from!.aadObjectId } : {}) },
    ...(str(activity.locale) ? { locale: activity.locale } : {}),
  };
}

/** Reads a Bot Framework activity into a BotTurn: what kind of turn it is and who is acting. */
export function toBotTurn(activity: ActivityLike): BotTurn {
  const tenantId = tenantOf(activity);
  const from = activity.from;
  const actor: BotActor | null = str(from?.id)
    ? { aadObjectId: str(from!.aadObjectId), channelUserId: from!.id!, name: (str(from!.name) ?? '').slice(0, 200) }
    : null;
  const base: TurnBase = {
    activityId: str(activity.id),
    type: str(activity.type) ?? 'unknown',
    actor,
    locale: str(activity.locale),
    tenantId,
    conversationType: str(activity.conversation?.conversationType),
    reference: referenceOf(activity, tenantId),
    team: teamOf(activity),
  };
  const botId = activity.recipient?.id;
  const mentionsBot = (members: { id?: string }[] | undefined) => !!botId && !!members?.some((m) => m.id === botId);
  switch (activity.type) {
    case 'message':
      return { ...base, kind: 'message', text: typeof activity.text === 'string' ? activity.text : '', value: activity.value, replyToId: str(activity.replyToId) };
    case 'invoke':
      return { ...base, kind: 'invoke', name: str(activity.name) ?? '', value: activity.value, replyToId: str(activity.replyToId) };
    case 'installationUpdate':
      if (activity.action === 'add' || activity.action === 'add-upgrade') return { ...base, kind: 'installed' };
      if (activity.action === 'remove' || activity.action === 'remove-upgrade') return { ...base, kind: 'uninstalled' };
      return { ...base, kind: 'other' };
    case 'conversationUpdate': {
      if (mentionsBot(activity.membersAdded)) return { ...base, kind: 'installed' };
      if (mentionsBot(activity.membersRemoved)) return { ...base, kind: 'uninstalled' };
      const event = str(channelDataOf(activity).eventType);
      if (base.team && event && (TEAM_EVENTS as readonly string[]).includes(event)) return { ...base, kind: 'teamEvent', event: event as TeamEvent };
      if (base.team && (activity.membersAdded?.length || activity.membersRemoved?.length)) return { ...base, kind: 'membersChanged' };
      return { ...base, kind: 'other' };
    }
    default:
      return { ...base, kind: 'other' };
  }
}
