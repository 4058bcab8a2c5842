import { CommandContext } from '../commands/context';
import { forgetChannels } from '../commands/followUpSettings';
import { TeamChannel } from '../domain/followUp';
import { Identity } from '../domain/roles';
import { BotTurn, TeamEvent, TurnTeam } from './turn';

/**
 * The bot in a team: it keeps the conversation references of the team's channels as they become
 * known — the install (the General channel, and the channel it was added from), channel events
 * (created, renamed, restored), any @mention in a channel — so a follow-up channel can be chosen
 * and posted to later. Removing the app from the team (or deleting the team or a channel)
 * forgets them, and the follow-up channel with them.
 */
function channelOf(turn: BotTurn, team: TurnTeam, channelId: string, channelName: string | null, existing: TeamChannel | undefined, now: Date): TeamChannel | null {
  if (!turn.reference) return null;
  const general = channelId === team.id;
  return {
    conversationId: channelId,
    teamId: team.id,
    teamName: team.name ?? existing?.teamName ?? null,
    // Messages carry no channel name: keep the one a channel event told us.
    channelName: general ? null : (channelName ?? existing?.channelName ?? null),
    reference: {
      ...turn.reference,
      conversation: { id: channelId, conversationType: 'channel', ...(turn.reference.conversation.tenantId ? { tenantId: turn.reference.conversation.tenantId } : {}) },
    },
    updatedAt: now.toISOString(),
  };
}

async function save(ctx: CommandContext, turn: BotTurn, team: TurnTeam, channelId: string, channelName: string | null): Promise<TeamChannel | null> {
  const channel = channelOf(turn, team, channelId, channelName, await ctx.store.channels.get(channelId), ctx.now());
  if (channel) await ctx.store.channels.save(channel);
  return channel;
}

/** The channel of a turn in a team, stored (or refreshed); null outside a team. */
export async function rememberChannel(ctx: CommandContext, turn: BotTurn): Promise<TeamChannel | null> {
  if (!turn.team) return null;
  return save(ctx, turn, turn.team, turn.team.channelId, turn.team.channelName);
}

/** The app was added to a team: its General channel and the channel it was added from. */
export async function teamInstalled(ctx: CommandContext, turn: BotTurn): Promise<void> {
  if (!turn.team) return;
  await save(ctx, turn, turn.team, turn.team.id, null);
  if (turn.team.channelId !== turn.team.id) await rememberChannel(ctx, turn);
}

export async function teamUninstalled(ctx: CommandContext, turn: BotTurn, actor: Identity): Promise<void> {
  if (turn.team) await forgetChannels(ctx, { teamId: turn.team.id }, actor);
}

export async function teamEvent(ctx: CommandContext, turn: BotTurn, event: TeamEvent, actor: Identity): Promise<void> {
  const team = turn.team;
  if (!team) return;
  switch (event) {
    case 'channelCreated':
    case 'channelRenamed':
    case 'channelRestored':
      await rememberChannel(ctx, turn);
      return;
    case 'channelDeleted':
      await forgetChannels(ctx, { conversationId: team.channelId }, actor);
      return;
    case 'teamRenamed':
    case 'teamRestored':
      for (const c of await ctx.store.channels.list()) {
        if (c.teamId === team.id && team.name) await ctx.store.channels.save({ ...c, teamName: team.name, updatedAt: ctx.now().toISOString() });
      }
      if (!(await ctx.store.channels.get(team.id))) await save(ctx, turn, team, team.id, null);
      return;
    case 'teamDeleted':
    case 'teamArchived':
      await forgetChannels(ctx, { teamId: team.id }, actor);
      return;
  }
}
