import type { Request, Server } from 'restify';
import type { Logger } from 'pino';
import { Problem, Result, fail, ok } from '../../domain/problem';
import { Locale, localeFromAcceptLanguage } from '../../i18n';
import { isLoopback } from '../../config';
import { readJson } from '../../http/jsonBody';
import { Reply, send, sendProblem } from '../../http/reply';
import { internalErrorResponse } from '../../http/problemResponse';
import { PLAYGROUND_ORIGINS, TEAMS_ORIGINS, crossSiteOrigin } from '../../http/origin';
import { precheckBotToken } from '../../auth/botFrameworkToken';
import { ActivityEnvelope, parseActivity } from './activityEnvelope';

/**
 * POST /api/messages, whatever SDK runs the turn: the door every activity passes before the SDK
 * sees it. The body is JSON in UTF-8 within the size limit (http/jsonBody.ts); the activity's
 * envelope has the Bot Framework's types (activityEnvelope.ts); without BOT_ID (anonymous, local
 * only) the bot answers only to a loopback serviceUrl, so the port cannot make the app call other
 * addresses, and no web page can post to it; with BOT_ID the token is refused at once when it can
 * be judged without Microsoft's keys (auth/botFrameworkToken.ts). Refusals are answered in the
 * app's error shape with a fixed message and logged once at warn level — never the body. If the
 * signing keys cannot be fetched, 503 with Retry-After, logged at most once a minute.
 */
export interface ActivityProcessor {
  /** Runs one activity that passed the door through the SDK: its signature check, then the bot. */
  process(activity: ActivityEnvelope, authorization: string): Promise<ProcessOutcome>;
}

export type ProcessOutcome =
  | { kind: 'answered'; status: number; body?: unknown }
  /** The SDK refused the token (signature, key, endorsement). */
  | { kind: 'unauthorized' }
  /** The SDK could not get the signing keys (metadata unreachable). */
  | { kind: 'keysUnavailable'; cause: unknown };

export interface MessagesEndpointOptions {
  processor: ActivityProcessor;
  /** Anonymous: no tokens, loopback callers and serviceUrls only. Authenticated: the bot's app id. */
  auth: { mode: 'anonymous' } | { mode: 'authenticated'; appId: string };
  maxBodyBytes: number;
  defaultLocale: Locale;
  publicUrl: () => string | null;
  logger: Logger;
  now: () => Date;
}

/** How often an outage of the signing keys is logged. */
const OUTAGE_LOG_INTERVAL_MS = 60_000;

export function registerMessagesEndpoint(server: Server, options: MessagesEndpointOptions): void {
  const { processor, auth, logger } = options;
  const logOutage = throttled(OUTAGE_LOG_INTERVAL_MS, options.now);

  /** Everything the door checks, in order; the first refusal is the answer. */
  async function admit(req: Request): Promise<Result<ActivityEnvelope>> {
    if (auth.mode === 'anonymous') {
      const foreign = crossSiteOrigin(req, { publicUrl: options.publicUrl(), sources: [...TEAMS_ORIGINS, ...PLAYGROUND_ORIGINS] });
      if (foreign !== null) return fail('forbidden', 'auth.crossSite', { params: { origin: foreign } });
    }
    const body = await readJson(req, options.maxBodyBytes);
    if (!body.ok) return body;
    const activity = parseActivity(body.value);
    if (!activity.ok) return activity;
    if (auth.mode === 'anonymous' && !isLoopbackUrl(activity.value.serviceUrl)) return fail('forbidden', 'bot.serviceUrlNotLocal', { field: 'serviceUrl' });
    if (auth.mode === 'authenticated') {
      const token = precheckBotToken(req.headers.authorization, { appId: auth.appId, serviceUrl: activity.value.serviceUrl, now: options.now() });
      if (!token.ok) return token;
    }
    return ok(activity.value);
  }

  async function answer(req: Request): Promise<Reply | Problem> {
    const admitted = await admit(req);
    if (!admitted.ok) {
      const { kind, code, field, params } = admitted.problem;
      logger.warn({ kind, code, ...(field ? { field } : {}), ...(params?.reason ? { reason: params.reason } : {}) }, 'bot request refused');
      return admitted.problem;
    }
    const outcome = await processor.process(admitted.value, req.headers.authorization ?? '');
    switch (outcome.kind) {
      case 'answered':
        return outcome.body === undefined
          ? { status: outcome.status, body: '', contentType: 'text/plain; charset=utf-8' }
          : { status: outcome.status, json: outcome.body };
      case 'unauthorized':
        logger.warn({ kind: 'unauthorized', code: 'auth.invalidToken', reason: 'signature' }, 'bot request refused');
        return fail('unauthorized', 'auth.invalidToken', { params: { reason: 'signature' } }).problem;
      case 'keysUnavailable':
        logOutage((suppressed) => logger.error({ err: outcome.cause, ...(suppressed ? { suppressed } : {}) }, 'the Bot Framework signing keys cannot be fetched'));
        return { kind: 'unavailable', code: 'auth.signInUnavailable' };
    }
  }

  server.post('/api/messages', (req, res, next) => {
    const locale = localeFromAcceptLanguage(req.headers['accept-language'], options.defaultLocale);
    answer(req)
      .then((reply) => ('kind' in reply ? sendProblem(res, reply, locale) : send(res, reply)))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'bot request failed');
        if (res.headersSent) return;
        const { status, headers, body } = internalErrorResponse(locale);
        send(res, { status, headers, json: body });
      })
      .finally(() => next());
  });
}

function isLoopbackUrl(serviceUrl: string): boolean {
  try {
    return isLoopback(new URL(serviceUrl).hostname);
  } catch {
    return false;
  }
}

/** Runs `log` at most once per interval; the next one is told how many were left out. */
function throttled(intervalMs: number, now: () => Date): (log: (suppressed: number) => void) => void {
  let last = -Infinity;
  let suppressed = 0;
  return (log) => {
    const at = now().getTime();
    if (at - last < intervalMs) {
      suppressed++;
      return;
    }
    log(suppressed);
    last = at;
    suppressed = 0;
  };
}
