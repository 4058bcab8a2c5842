import { TeamPlace } from '../../commands/teamChannels';
import { BotTurn } from './turn';

/**
 * The bot in a team: where a turn happened, as the use cases that keep the team's channels want
 * it (commands/teamChannels.ts) — the team, the channel and the reference to answer there.
 * Null outside a team.
 */
export function placeOf(turn: BotTurn): TeamPlace | null {
  if (!turn.team) return null;
  return {
    teamId: turn.team.id,
    teamName: turn.team.name,
    channelId: turn.team.channelId,
    channelName: turn.team.channelName,
    reference: turn.reference,
  };
}
