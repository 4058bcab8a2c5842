import { PeopleAnswer, mergePeople, searchesDirectory } from '../domain/directory';
import { Person } from '../domain/person';
import { Identity } from '../domain/roles';
import { Result, ok } from '../domain/problem';
import type { Directory } from '../graph/directory';
import { CommandContext } from './context';
import { knownPeople } from './activityReader';

/**
 * People to pick (owner, responsible, invitee, a right's holder): those the app knows, and from
 * DIRECTORY_MIN_QUERY typed characters the organisation's directory searched on the caller's
 * behalf. Without a directory, or when it does not answer, the app's own people still come
 * back and `directory` says why; only a missing consent is the caller's to act on
 * (`consent_required`, the tab offers the consent step).
 */
export async function findPeople(
  ctx: CommandContext,
  directory: Directory,
  query: { q?: string; extra?: readonly Person[] },
  actor: Identity,
  /** The caller's SSO token, for the on-behalf-of exchange (null in dev mode). */
  assertion: string | null,
): Promise<Result<PeopleAnswer>> {
  const known = await knownPeople(ctx, query, actor);
  if (!known.ok) return known;
  const { q } = query;
  if (!searchesDirectory(q)) return ok({ items: known.value, directory: 'not_searched' });
  if (directory.kind === 'off') return ok({ items: known.value, directory: 'off' });
  const found = await directory.searchPeople({ id: actor.id, assertion }, q.trim());
  if (!found.ok) return found.problem.kind === 'consent_required' ? found : ok({ items: known.value, directory: 'unavailable' });
  return ok({ items: mergePeople(known.value, found.value), directory: 'included' });
}
