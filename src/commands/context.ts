import { Store } from '../store/store';
import { Action, Identity, can } from '../domain/roles';
import { Result, ok, fail } from '../domain/problem';
import { msg } from '../i18n';

/** What a use case needs: the store, the clock and the time zone. The API and the bot share these. */
export interface CommandContext {
  store: Store;
  now: () => Date;
  timeZone: string;
}

export function authorize(actor: Identity, action: Action): Result<Identity> {
  return can(actor, action) ? ok(actor) : fail('forbidden', 'auth.forbidden', { params: { role: msg(`role.${actor.role}`) } });
}

export const person = (actor: Identity) => ({ id: actor.id, name: actor.name });
