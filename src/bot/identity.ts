import { Config } from '../config';
import { Identity, roleOf } from '../domain/roles';
import { Result, fail, ok } from '../domain/problem';
import { BotTurn } from './turn';

/**
 * Who acts in a bot turn, as the domain knows people: the Entra object id from the activity
 * (Teams sets `from.aadObjectId`; the Bot Connector's token vouches for the activity) and the
 * role from the configured lists, exactly as the API decides it (roles.ts `roleOf`). When the
 * bot is registered for one tenant, activities from other tenants are refused.
 */
export type BotIdentify = (turn: Pick<BotTurn, 'actor' | 'tenantId'>) => Result<Identity>;

export function createBotIdentify(config: Pick<Config, 'roles' | 'bot'>): BotIdentify {
  const tenant = config.bot.mode === 'authenticated' ? config.bot.tenantId : null;
  return (turn) => {
    const actor = turn.actor;
    // Without Teams (a local playground) there may be no object id: the channel's id stands in.
    const id = actor?.aadObjectId ?? actor?.channelUserId;
    if (!actor || !id) return fail('unauthorized', 'bot.unknownUser');
    if (tenant && turn.tenantId !== tenant) return fail('forbidden', 'bot.otherTenant');
    return ok({
      id,
      name: actor.name.trim() || id,
      tenantId: turn.tenantId,
      role: roleOf(id, config.roles),
      projectOwner: config.roles.projectOwners.includes(id),
    });
  };
}
