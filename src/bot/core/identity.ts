import { Config } from '../../config';
import { Identity } from '../../domain/roles';
import type { UseCases } from '../../commands';
import { Result, fail, ok } from '../../domain/problem';
import { DevUser, findDevUser } from '../../auth/devUsers';
import { BotTurn } from './turn';

/**
 * Who acts in a bot turn, as the domain knows people: the Entra object id from the activity
 * (Teams sets `from.aadObjectId`; the Bot Connector's token vouches for the activity) and the
 * role and rights exactly as the API decides them (uc.access: the förvaltning team, the granted
 * rights, the configured lists). When the
 * bot is registered for one tenant, activities from other tenants are refused.
 *
 * With AUTH_MODE=dev (loopback only), the bot is as tryable as the tab: the demo users (by
 * object id) have their demo roles and names, and anyone else on no role list — the Agents
 * Playground's own user — acts with the rights of the demo förvaltningsledare, under their own
 * id and name. Outside dev mode, someone on no list is a reader.
 */
export type BotIdentify = (turn: Pick<BotTurn, 'actor' | 'tenantId'>) => Promise<Result<Identity>>;

export function createBotIdentify(config: Pick<Config, 'roles' | 'bot' | 'auth'>, access: Pick<UseCases['access'], 'identity'>): BotIdentify {
  const tenant = config.bot.mode === 'authenticated' ? config.bot.tenantId : null;
  const devMode = config.auth.mode === 'dev';
  const listed = (id: string) => [...config.roles.leads, ...config.roles.members, ...config.roles.projectOwners].includes(id);
  const demoLead = findDevUser(undefined)!;

  return async (turn) => {
    const actor = turn.actor;
    // Without Teams (a local playground) there may be no object id: the channel's id stands in.
    const id = actor?.aadObjectId ?? actor?.channelUserId;
    if (!actor || !id) return fail('unauthorized', 'bot.unknownUser');
    if (tenant && turn.tenantId !== tenant) return fail('forbidden', 'bot.otherTenant');
    const name = actor.name.trim();
    const demo: DevUser | undefined = devMode && !listed(id) ? (findDevUser(id) ?? demoLead) : undefined;
    return ok(
      await access.identity({
        id,
        // A person is never greeted by an id: no name is an empty one (the cards word it without).
        name: name || (demo?.id === id ? demo.name : ''),
        tenantId: turn.tenantId,
        ...(demo ? { demo: { role: demo.role, rights: demo.rights } } : {}),
      }),
    );
  };
}
