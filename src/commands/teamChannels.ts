import { TeamChannel } from '../domain/followUp';
import { ConversationReference } from '../domain/notification';
import { Identity } from '../domain/roles';
import { CommandContext } from './context';
import { forgetChannels } from './followUpSettings';

/**
 * The team channels the bot keeps as they become known — the install (the General channel, and
 * the channel it was added from), channel events (created, renamed, restored), any @mention in a
 * channel — so a follow-up channel can be chosen and posted to later. Removing the app from the
 * team (or deleting the team or a channel) forgets them, and the follow-up channel with them.
 */
export interface TeamPlace {
  teamId: string;
  teamName: string | null;
  /** The channel's conversation id; the General channel's is the team's. */
  channelId: string;
  channelName: string | null;
  /** Where the turn came from (a channel thread): the channel's reference is made from it. */
  reference: ConversationReference | null;
}

export const TEAM_EVENTS = ['channelCreated', 'channelRenamed', 'channelDeleted', 'channelRestored', 'teamRenamed', 'teamDeleted', 'teamArchived', 'teamRestored'] as const;
export type TeamEvent = (typeof TEAM_EVENTS)[number];

function channelOf(place: TeamPlace, channelId: string, channelName: string | null, existing: TeamChannel | undefined, now: Date): TeamChannel | null {
  if (!place.reference) return null;
  const general = channelId === place.teamId;
  const { tenantId } = place.reference.conversation;
  return {
    conversationId: channelId,
    teamId: place.teamId,
    teamName: place.teamName ?? existing?.teamName ?? null,
    // Messages carry no channel name: keep the one a channel event told us.
    channelName: general ? null : (channelName ?? existing?.channelName ?? null),
    reference: { ...place.reference, conversation: { id: channelId, conversationType: 'channel', ...(tenantId ? { tenantId } : {}) } },
    updatedAt: now.toISOString(),
  };
}

async function save(ctx: CommandContext, place: TeamPlace, channelId: string, channelName: string | null): Promise<TeamChannel | null> {
  const channel = channelOf(place, channelId, channelName, await ctx.store.channels.get(channelId), ctx.now());
  if (channel) await ctx.store.channels.save(channel);
  return channel;
}

/** The channel a turn came from, stored (or refreshed). */
export function rememberChannel(ctx: CommandContext, place: TeamPlace): Promise<TeamChannel | null> {
  return save(ctx, place, place.channelId, place.channelName);
}

/** The app was added to a team: its General channel and the channel it was added from. */
export async function teamInstalled(ctx: CommandContext, place: TeamPlace): Promise<void> {
  await save(ctx, place, place.teamId, null);
  if (place.channelId !== place.teamId) await rememberChannel(ctx, place);
}

export async function teamUninstalled(ctx: CommandContext, place: TeamPlace, actor: Identity): Promise<void> {
  await forgetChannels(ctx, { teamId: place.teamId }, actor);
}

export async function teamChanged(ctx: CommandContext, place: TeamPlace, event: TeamEvent, actor: Identity): Promise<void> {
  switch (event) {
    case 'channelCreated':
    case 'channelRenamed':
    case 'channelRestored':
      await rememberChannel(ctx, place);
      return;
    case 'channelDeleted':
      await forgetChannels(ctx, { conversationId: place.channelId }, actor);
      return;
    case 'teamRenamed':
    case 'teamRestored':
      for (const c of await ctx.store.channels.list()) {
        if (c.teamId === place.teamId && place.teamName) await ctx.store.channels.save({ ...c, teamName: place.teamName, updatedAt: ctx.now().toISOString() });
      }
      if (!(await ctx.store.channels.get(place.teamId))) await save(ctx, place, place.teamId, null);
      return;
    case 'teamDeleted':
    case 'teamArchived':
      await forgetChannels(ctx, { teamId: place.teamId }, actor);
      return;
  }
}
