import { randomUUID } from 'node:crypto';

/**
 * Teams-shaped activities as the Bot Connector posts them to /api/messages, for a person in a
 * personal chat with the bot, and a small client that posts them and reads the answer. Shared
 * by the bot tests and the bench.
 */
export const BOT = { id: '28:forvaltningsstod-bot', name: 'Förvaltningsstöd' };
export const TENANT = 'dev-tenant';

export interface TeamsUser {
  aadObjectId: string;
  /** The Teams user id (29:…). */
  id: string;
  name: string;
  /** The personal chat with the bot. */
  conversationId: string;
  locale: string;
}

export function teamsUser(n: number | string, over: Partial<TeamsUser> = {}): TeamsUser {
  const key = typeof n === 'number' ? String(n).padStart(4, '0') : n;
  return {
    aadObjectId: `aad-${key}`,
    id: `29:user-${key}`,
    name: `Person ${key}`,
    conversationId: `a:personal-${key}`,
    locale: 'sv-SE',
    ...over,
  };
}

function envelope(user: TeamsUser, serviceUrl: string, extra: Record<string, unknown>) {
  return {
    id: `act-${randomUUID()}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    locale: user.locale,
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: { id: BOT.id, name: BOT.name },
    conversation: { id: user.conversationId, conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    ...extra,
  };
}

export const message = (user: TeamsUser, serviceUrl: string, text: string, extra: Record<string, unknown> = {}) =>
  envelope(user, serviceUrl, { type: 'message', text, textFormat: 'plain', ...extra });

/** An Action.Execute click: `adaptiveCard/action` with the verb and data. */
export const cardAction = (user: TeamsUser, serviceUrl: string, verb: unknown, data: unknown, extra: Record<string, unknown> = {}) =>
  envelope(user, serviceUrl, {
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', id: 'action-1', verb, data }, trigger: 'manual' },
    ...extra,
  });

export const installation = (user: TeamsUser, serviceUrl: string, action: 'add' | 'remove') =>
  envelope(user, serviceUrl, { type: 'installationUpdate', action });

export interface BotResponse {
  status: number;
  body: any;
}

/** POSTs an activity to the bot as the Bot Connector does (anonymous local mode: no token). */
export async function post(appUrl: string, activity: unknown): Promise<BotResponse> {
  const res = await fetch(`${appUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON */
  }
  return { status: res.status, body };
}

/** All visible text of a card (text blocks, facts, action titles), to assert on what a person reads. */
export function cardText(card: unknown): string {
  const parts: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (o.type === 'TextBlock' && typeof o.text === 'string') parts.push(o.text);
    if (typeof o.title === 'string' && typeof o.value === 'string') parts.push(`${o.title}: ${o.value}`);
    if (typeof o.type === 'string' && o.type.startsWith('Action.') && typeof o.title === 'string' && o.type !== 'Action.Submit') parts.push(`[${o.title}]`);
    for (const [key, inner] of Object.entries(o)) if (key !== 'fallback' && key !== 'refresh') walk(inner);
  };
  walk(card);
  return parts.join('\n');
}

/** The actions of a card (not fallbacks, not the refresh), with their type, title, verb, data and url. */
export function cardActions(card: unknown): { type: string; title?: string; verb?: string; data?: any; url?: string }[] {
  const found: any[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, any>;
    if (typeof o.type === 'string' && o.type.startsWith('Action.')) found.push(o);
    for (const [key, inner] of Object.entries(o)) if (key !== 'fallback' && key !== 'refresh') walk(inner);
  };
  walk(card);
  return found;
}

/** The card of an Action.Execute invoke response. */
export function invokeCard(res: BotResponse): any {
  if (res.status !== 200 || res.body?.type !== 'application/vnd.microsoft.card.adaptive') {
    throw new Error(`expected a card, got ${res.status}: ${JSON.stringify(res.body)?.slice(0, 500)}`);
  }
  return res.body.value;
}

/** A team with its General channel (id = the team's) and other channels, as Teams names them in channelData. */
export interface TeamsTeam {
  id: string;
  name: string;
  channels: { id: string; name: string }[];
  /** The team's Microsoft 365 group id, which Teams sends as channelData.team.aadGroupId. */
  groupId?: string;
}

export function teamsTeam(n: number | string, channelNames: string[] = ['Uppföljning']): TeamsTeam {
  const id = `19:team-${n}@thread.tacv2`;
  return { id, name: `O365 Förvaltning ${n}`, channels: channelNames.map((name, i) => ({ id: `19:channel-${n}-${i}@thread.tacv2`, name })) };
}

/** An activity in a team channel: the conversation is the channel (a thread with `messageId`), channelData names team and channel. */
function inChannel(user: TeamsUser, serviceUrl: string, team: TeamsTeam, channelId: string, extra: Record<string, unknown>, messageId?: string) {
  const channel = team.channels.find((c) => c.id === channelId);
  return envelope(user, serviceUrl, {
    conversation: { id: messageId ? `${channelId};messageid=${messageId}` : channelId, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    channelData: { tenant: { id: TENANT }, team: teamData(team), channel: { id: channelId, ...(channel ? { name: channel.name } : {}) } },
    ...extra,
  });
}

const teamData = (team: TeamsTeam) => ({ id: team.id, name: team.name, ...(team.groupId ? { aadGroupId: team.groupId } : {}) });

/** People added to or removed from a team (Teams' conversationUpdate with membersAdded / membersRemoved). */
export const teamMembersChanged = (user: TeamsUser, serviceUrl: string, team: TeamsTeam, change: { added?: TeamsUser[]; removed?: TeamsUser[] }) =>
  envelope(user, serviceUrl, {
    type: 'conversationUpdate',
    conversation: { id: team.id, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    channelData: { tenant: { id: TENANT }, eventType: change.added ? 'teamMemberAdded' : 'teamMemberRemoved', team: teamData(team) },
    ...(change.added ? { membersAdded: change.added.map((u) => ({ id: u.id, aadObjectId: u.aadObjectId })) } : {}),
    ...(change.removed ? { membersRemoved: change.removed.map((u) => ({ id: u.id, aadObjectId: u.aadObjectId })) } : {}),
  });

/** The app added to (or removed from) a team, from its General channel. */
export const teamInstallation = (user: TeamsUser, serviceUrl: string, team: TeamsTeam, action: 'add' | 'remove') =>
  inChannel(user, serviceUrl, team, team.id, { type: 'installationUpdate', action });

/** A team event (channelCreated, channelRenamed, channelDeleted, teamRenamed, …) about `channelId`. */
export const teamEvent = (user: TeamsUser, serviceUrl: string, team: TeamsTeam, eventType: string, channelId: string) => {
  const channel = team.channels.find((c) => c.id === channelId);
  return envelope(user, serviceUrl, {
    type: 'conversationUpdate',
    conversation: { id: team.id, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    channelData: { tenant: { id: TENANT }, eventType, team: teamData(team), channel: { id: channelId, ...(channel ? { name: channel.name } : {}) } },
  });
};

/** "@Förvaltningsstöd <text>" in a channel (a new thread). */
export const channelMessage = (user: TeamsUser, serviceUrl: string, team: TeamsTeam, channelId: string, text: string) =>
  inChannel(user, serviceUrl, team, channelId, { type: 'message', text: `<at>${BOT.name}</at> ${text}`, textFormat: 'plain' }, `m-${randomUUID()}`);

/** An Action.Execute click on a card posted in a channel: the conversation is the card's thread, `replyToId` the card's message. */
export const channelCardAction = (user: TeamsUser, serviceUrl: string, team: TeamsTeam, channelId: string, cardActivityId: string, verb: string, data: unknown) =>
  inChannel(
    user,
    serviceUrl,
    team,
    channelId,
    { type: 'invoke', name: 'adaptiveCard/action', replyToId: cardActivityId, value: { action: { type: 'Action.Execute', id: 'action-1', verb, data }, trigger: 'manual' } },
    cardActivityId,
  );
