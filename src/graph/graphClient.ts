import { Client, RetryHandlerOptions, type GraphRequest } from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials';
import type { TokenCredential } from '@azure/identity';
import { DeadlineExceeded } from './graphFailure';

/**
 * A Microsoft Graph client for one credential, on the configured endpoint (GRAPH_ENDPOINT).
 * The client attaches tokens only to hosts it knows as Graph's: the configured host is added to
 * them (a sovereign cloud, or the tests' fake). Its retry handler honours Retry-After on 429 and
 * 503; a call a person waits for turns retries off (`interactive`) and has a deadline instead.
 */
export interface GraphCall {
  client: Client;
  /** The scope of a token for this endpoint: the app's consented permissions (`/.default`). */
  scope: string;
}

/** The scope of a token for the Graph endpoint: what the app registration was granted there. */
export const scopeOf = (endpoint: string) => `${endpoint}/.default`;

export function graphClient(credential: TokenCredential, endpoint: string): GraphCall {
  const scope = scopeOf(endpoint);
  const client = Client.initWithMiddleware({
    authProvider: new TokenCredentialAuthenticationProvider(credential, { scopes: [scope] }),
    baseUrl: `${endpoint}/`,
    defaultVersion: 'v1.0',
    customHosts: new Set([new URL(endpoint).hostname]),
  });
  return { client, scope };
}

/** A request a person waits for: no retries, aborted at the deadline. */
export const interactive = (request: GraphRequest, signal: AbortSignal): GraphRequest =>
  request.middlewareOptions([new RetryHandlerOptions(0, 0)]).option('signal', signal);

/** Runs `work` with an AbortSignal that fires after `ms`, and gives up at that moment even if `work` does not listen. */
export async function withDeadline<T>(ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort(new DeadlineExceeded(ms));
      reject(new DeadlineExceeded(ms));
    }, ms);
  });
  try {
    return await Promise.race([work(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
