import type { Request, Response, Next, RequestHandler, Server } from 'restify';
import { Identity } from '../domain/roles';
import { Problem, ProblemError, Result } from '../domain/problem';
import { Locale, localeFromAcceptLanguage } from '../i18n';
import { Reply, send, sendProblem } from '../http/reply';
import { internalErrorResponse } from '../http/problemResponse';
import { Identify } from './identify';
import { Endpoint, ResponseOf } from './contract';
import { StoreUnavailableError } from '../domain/storeUnavailable';

export type { Reply };

export interface RequestContext {
  req: Request;
  locale: Locale;
  identity: Identity;
}

export interface RouteDeps {
  identify: Identify;
  defaultLocale: Locale;
  /** Called once per failed request with the problem kind, for the request log. */
  onError?: (req: Request, error: unknown) => void;
}

/** Unwraps a Result inside a handler: a problem becomes the reply (see http/problemResponse.ts). */
export function orFail<T>(result: Result<T>): T {
  if (!result.ok) throw new ProblemError(result.problem);
  return result.value;
}

const USER_ID = Symbol('userId');
export const userIdOf = (req: Request): string | undefined => (req as unknown as Record<symbol, string>)[USER_ID];

/**
 * Wraps a handler: resolves locale and identity, runs it, and writes the reply or the
 * problem. Unexpected errors become a localized 500 without details (they are logged).
 */
export function route(deps: RouteDeps, handler: (ctx: RequestContext) => Promise<Reply>): RequestHandler {
  return (req: Request, res: Response, next: Next) => {
    const locale = localeFromAcceptLanguage(req.headers['accept-language'], deps.defaultLocale);
    const run = async () => {
      const who = await deps.identify(req);
      if (!who.ok) throw new ProblemError(who.problem);
      (req as unknown as Record<symbol, string>)[USER_ID] = who.value.id;
      return handler({ req, locale, identity: who.value });
    };
    run()
      .then((reply) => send(res, reply))
      .catch((error: unknown) => {
        if (error instanceof ProblemError) return sendProblem(res, error.problem, locale);
        if (error instanceof StoreUnavailableError) {
          // An outage, not a bug: say so, and when to try again (problemResponse). Nothing was changed.
          deps.onError?.(req, error);
          return sendProblem(res, { kind: 'unavailable', code: 'error.storeUnavailable' }, locale);
        }
        deps.onError?.(req, error);
        const { status, headers, body } = internalErrorResponse(locale);
        send(res, { status, headers, json: body });
      })
      .finally(() => next());
  };
}

/** What a handler answers for an endpoint of the contract: its JSON as the contract types it, or the file (or nothing, 204). */
export type Answer<E> =
  ResponseOf<E> extends Blob | undefined
    ? { status?: number; body: Buffer | string; contentType: string; headers?: Record<string, string> }
    : { status?: number; json: ResponseOf<E>; headers?: Record<string, string> };

const REGISTER = { GET: 'get', POST: 'post', PUT: 'put', PATCH: 'patch', DELETE: 'del' } as const;

/** Implements an endpoint of the contract (api/contract.ts): its method and path, and a handler whose answer has the contract's type. */
export function serve<E extends Endpoint>(server: Server, endpoint: E, deps: RouteDeps, handler: (ctx: RequestContext) => Promise<Answer<E>>): void {
  server[REGISTER[endpoint.method]](endpoint.path, route(deps, handler as (ctx: RequestContext) => Promise<Reply>));
}
