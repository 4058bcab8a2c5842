import { z } from 'zod';
import type { Logger } from 'pino';
import type { TokenCredential } from '@azure/identity';
import { GraphError, RetryHandlerOptions } from '@microsoft/microsoft-graph-client';
import { fail, ok } from '../domain/problem';
import type { PeopleAddresses } from './peopleAddresses';
import { graphClient, withDeadline } from './graphClient';
import { classify, failureLog } from './graphFailure';

/**
 * `GET /users/{id}?$select=mail,userPrincipalName` with the app's own token (application
 * permission User.Read.All): the mail address, else the user principal name when it looks like
 * one. No retries here: the invitation's sync asks again at its next run.
 */
const user = z.object({ mail: z.string().nullish(), userPrincipalName: z.string().nullish() });
const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function createGraphPeopleAddresses(opts: { credential: TokenCredential; endpoint: string; timeoutMs: number; logger: Logger }): PeopleAddresses {
  const { client } = graphClient(opts.credential, opts.endpoint);
  const noRetry = [new RetryHandlerOptions(0, 0)];
  return {
    async addressOf(userId) {
      try {
        const found = await withDeadline(opts.timeoutMs, async (signal) =>
          user.parse(await client.api(`/users/${encodeURIComponent(userId)}`).select(['mail', 'userPrincipalName']).middlewareOptions(noRetry).option('signal', signal).get()),
        );
        const address = [found.mail, found.userPrincipalName].map((a) => a?.trim() ?? '').find((a) => ADDRESS.test(a));
        return ok(address ?? null);
      } catch (error) {
        if (error instanceof GraphError && error.statusCode === 404) return ok(null);
        const failure = classify(error);
        opts.logger.warn(failureLog('userAddress', failure), 'a person\'s address could not be read');
        if (failure.kind === 'consent') return fail('forbidden', 'invitations.addressPermissionMissing');
        return fail('unavailable', 'graph.unavailable', { params: { reason: failure.reason } });
      }
    },
  };
}
