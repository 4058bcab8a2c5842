import { z } from 'zod';
import type { Logger } from 'pino';
import type { DirectoryPerson } from '../domain/directory';
import { Result, fail, ok } from '../domain/problem';
import type { Directory } from './directory';
import type { GraphCredentials } from './credentials';
import { graphClient, interactive, scopeOf, withDeadline } from './graphClient';
import { GraphFailure, classify, failureLog } from './graphFailure';

/**
 * The directory through Microsoft Graph, on behalf of the signed-in person (delegated
 * permissions they can consent to themselves):
 * - `/me/people` (People.Read): the people most relevant to the caller, ranked by Graph;
 * - `/users` with `$search` on name and mail (User.ReadBasic.All; `ConsistencyLevel: eventual`).
 * Their answers are merged, the caller's relevant people first. Job title and department come
 * along where the tenant lets the app read them. One on-behalf-of exchange per SSO token (MSAL
 * caches the Graph token). A person waits for this: one deadline for the whole search, no
 * retries; a 429 or 503 makes the directory rest for the Retry-After it asked for, and the
 * app answers from what it knows meanwhile.
 */
export interface GraphDirectoryOptions {
  credentials: GraphCredentials;
  endpoint: string;
  timeoutMs: number;
  logger: Logger;
  now?: () => number;
}

/** How many people each Graph request asks for. */
const TOP = 10;
/** How long the directory rests after a 429/503 that named no Retry-After. */
const DEFAULT_REST_MS = 10_000;

const text = z.string().trim().min(1).max(256).nullish().catch(null);
const graphPerson = z.object({
  id: z.string().min(1).max(100),
  displayName: z.string().trim().min(1).max(256),
  jobTitle: text,
  department: text,
  userPrincipalName: text,
  scoredEmailAddresses: z.array(z.object({ address: text })).nullish().catch(null),
  personType: z.object({ class: z.string().nullish(), subclass: z.string().nullish() }).nullish().catch(null),
});
const graphUser = z.object({ id: z.string().min(1).max(100), displayName: z.string().trim().min(1).max(256), mail: text, jobTitle: text, department: text });
/** A page of a collection; entries that do not parse are left out rather than failing the whole answer. */
const page = <T extends z.ZodType>(item: T) =>
  z.object({ value: z.array(z.unknown()) }).transform(({ value }) =>
    value.flatMap((v) => {
      const parsed = item.safeParse(v);
      return parsed.success ? [parsed.data as z.output<T>] : [];
    }),
  );
const peoplePage = page(graphPerson);
const usersPage = page(graphUser);

const optional = (fields: Record<string, string | null | undefined>) =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => typeof v === 'string' && v)) as Record<string, string>;

/** The search text as Graph's $search takes it between quotes: no quotes or backslashes of its own. */
const searchable = (q: string) => q.replace(/["\\]/g, ' ').replace(/\s+/g, ' ').trim();

export function createGraphDirectory(opts: GraphDirectoryOptions): Directory {
  const now = opts.now ?? Date.now;
  let restUntil = 0;

  const failed = (failure: GraphFailure): Result<never> => {
    // Graph said how long to leave it alone (429, 503): a refused connection or a timeout says nothing of the kind.
    if (failure.kind === 'outage' && (failure.status === 429 || failure.status === 503)) {
      restUntil = Math.max(restUntil, now() + (failure.retryAfterMs ?? DEFAULT_REST_MS));
    }
    opts.logger.warn(failureLog('people', failure), 'the directory search answered without Microsoft Graph');
    return failure.kind === 'consent'
      ? fail('consent_required', 'graph.consentRequired')
      : fail('unavailable', 'graph.unavailable', { params: { reason: failure.reason } });
  };

  return {
    kind: 'graph',
    async searchPeople(caller, q) {
      if (!caller.assertion) return fail('unavailable', 'graph.unavailable', { params: { reason: 'no_token' } });
      if (now() < restUntil) return fail('unavailable', 'graph.unavailable', { params: { reason: 'resting' } });
      const term = searchable(q);
      if (!term) return ok([]);
      const credential = opts.credentials.onBehalfOf(caller.assertion);
      try {
        return await withDeadline(opts.timeoutMs, async (signal) => {
          // One token (an exchange, or MSAL's cache) for both requests, instead of one lookup — or a race for an exchange — each.
          const token = await credential.getToken(scopeOf(opts.endpoint), { abortSignal: signal });
          if (!token) throw new Error('no token from the on-behalf-of exchange');
          const { client } = graphClient({ getToken: async () => token }, opts.endpoint);
          const [people, users] = await Promise.allSettled([
            interactive(client.api('/me/people'), signal)
              .search(`"${term}"`)
              .top(TOP)
              .select(['id', 'displayName', 'jobTitle', 'department', 'userPrincipalName', 'scoredEmailAddresses', 'personType'])
              .get()
              .then((body: unknown) => peoplePage.parse(body)),
            interactive(client.api('/users'), signal)
              .header('ConsistencyLevel', 'eventual')
              .search(`"displayName:${term}" OR "mail:${term}"`)
              .top(TOP)
              .select(['id', 'displayName', 'mail', 'jobTitle', 'department'])
              .get()
              .then((body: unknown) => usersPage.parse(body)),
          ]);
          const found: DirectoryPerson[] = [];
          if (people.status === 'fulfilled') {
            for (const p of people.value) {
              if (p.personType?.subclass && p.personType.subclass !== 'OrganizationUser') continue;
              const mail = p.scoredEmailAddresses?.find((a) => a.address)?.address ?? p.userPrincipalName;
              found.push({ id: p.id, name: p.displayName, ...optional({ mail, jobTitle: p.jobTitle, department: p.department }) });
            }
          }
          if (users.status === 'fulfilled') {
            for (const u of users.value) found.push({ id: u.id, name: u.displayName, ...optional({ mail: u.mail, jobTitle: u.jobTitle, department: u.department }) });
          }
          // One of the two is enough (a tenant may allow one permission and not the other); when both failed, say why.
          // Past the deadline the person already has an answer: what failed after it is not this search's to report.
          if (signal.aborted) return fail('unavailable', 'graph.unavailable', { params: { reason: 'timeout' } });
          if (people.status === 'rejected' && users.status === 'rejected') {
            const failures = [classify(people.reason), classify(users.reason)];
            return failed(failures.find((f) => f.kind === 'outage') ?? failures[0]!);
          }
          return ok(found);
        });
      } catch (error) {
        return failed(classify(error));
      }
    },
  };
}
