import type { DirectoryPerson } from '../domain/directory';
import { Result, fail } from '../domain/problem';

/**
 * The organisation's directory, as the rest of the app sees it (api/ asks; graph/ and the demo
 * implement it). It may always answer "not available": `unavailable` (not configured, not
 * reachable, throttled, too slow) and `consent_required` (the person has not consented to what
 * the search needs). Every feature works without it.
 */
export interface Directory {
  /** `graph`: Microsoft Graph; `demo`: the demo staff (dev mode); `off`: none. */
  readonly kind: 'graph' | 'demo' | 'off';
  /** People whose name or mail starts with `q`, found on behalf of `caller`, most relevant first. */
  searchPeople(caller: DirectoryCaller, q: string): Promise<Result<DirectoryPerson[]>>;
}

export interface DirectoryCaller {
  /** The caller's object id. */
  id: string;
  /** The caller's SSO token (Entra sign-in): what the on-behalf-of exchange starts from. */
  assertion: string | null;
}

export const NO_DIRECTORY: Directory = {
  kind: 'off',
  searchPeople: async () => fail('unavailable', 'graph.unavailable', { params: { reason: 'off' } }),
};
