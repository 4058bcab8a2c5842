import type { Request, Response, Next, RequestHandler } from 'restify';
import { Identity } from '../domain/roles';
import { Problem, ProblemError, Result } from '../domain/problem';
import { Locale, localeFromAcceptLanguage, t } from '../i18n';
import { problemResponse } from './problemResponse';
import { Identify } from './identify';
import { StoreUnavailableError } from '../store/store';

/** What a handler returns: JSON, or a file. The wrapper writes it. */
export type Reply =
  | { status?: number; json: unknown; headers?: Record<string, string> }
  | { status?: number; body: Buffer | string; contentType: string; headers?: Record<string, string> };

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

/** Unwraps a Result inside a handler: a problem becomes the reply (see problemResponse.ts). */
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
          // An outage, not a bug: say so, and when to try again. Nothing was changed.
          deps.onError?.(req, error);
          res.header('retry-after', '5');
          return sendProblem(res, { kind: 'unavailable', code: 'error.storeUnavailable' }, locale);
        }
        deps.onError?.(req, error);
        res.header('content-language', locale);
        send(res, {
          status: 500,
          json: { error: { code: 'internal', reason: 'error.internal', message: t(locale, 'error.internal') } },
        });
      })
      .finally(() => next());
  };
}

export function sendProblem(res: Response, problem: Problem, locale: Locale): void {
  const { status, body } = problemResponse(problem, locale);
  res.header('content-language', locale);
  // A body that was too large is not read to its end: close the connection after replying.
  if (problem.kind === 'too_large') res.header('connection', 'close');
  send(res, { status, json: body });
}

function send(res: Response, reply: Reply): void {
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.header(name, value);
  if ('json' in reply) {
    const payload = JSON.stringify(reply.json);
    res.writeHead(reply.status ?? 200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(payload),
    });
    res.end(payload);
    return;
  }
  const body = typeof reply.body === 'string' ? Buffer.from(reply.body, 'utf8') : reply.body;
  res.writeHead(reply.status ?? 200, { 'content-type': reply.contentType, 'content-length': body.length });
  res.end(body);
}
