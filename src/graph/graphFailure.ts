import { GraphError } from '@microsoft/microsoft-graph-client';

/**
 * What went wrong on the way to Graph, in the app's words. `consent`: the person (or an admin)
 * has not consented to a permission the request needs — Entra refuses the on-behalf-of exchange
 * with AADSTS65001 or asks for interaction (MFA, conditional access), or Graph answers 403.
 * Everything else is an outage to the app: throttled (429, with the wait Graph asked for),
 * unavailable (5xx, refused connections), timeout, or a token Graph did not accept.
 */
export type GraphFailure =
  | { kind: 'consent'; reason: string }
  | { kind: 'outage'; reason: 'throttled' | 'unavailable' | 'timeout' | 'token' | 'unexpected'; status?: number; retryAfterMs?: number };

/** Entra's answers that the person must act (consent, sign in again, satisfy a policy): AADSTS65001 and friends. */
const NEEDS_THE_PERSON = /consent_required|interaction_required|AADSTS(65001|65004|50076|50079|50158|53003|160021)\b/;

/** A failure as one log line's fields: which call, consent or outage, why, and Graph's status when there was one. */
export const failureLog = (call: string, failure: GraphFailure) => ({
  call,
  failure: failure.kind,
  reason: failure.reason,
  ...(failure.kind === 'outage' && failure.status ? { status: failure.status } : {}),
});

export class DeadlineExceeded extends Error {
  constructor(readonly ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = 'DeadlineExceeded';
  }
}

export function classify(error: unknown): GraphFailure {
  if (error instanceof DeadlineExceeded) return { kind: 'outage', reason: 'timeout' };
  // A failed token request inside the Graph client arrives wrapped (status -1): its text tells.
  const text = error instanceof GraphError
    ? `${error.code ?? ''} ${error.message} ${typeof error.body === 'string' ? error.body : ''}`
    : error instanceof Error
      ? `${error.name} ${error.message} ${JSON.stringify((error as { errorResponse?: unknown }).errorResponse ?? '')}`
      : String(error);
  if (NEEDS_THE_PERSON.test(text)) return { kind: 'consent', reason: /AADSTS\d+/.exec(text)?.[0] ?? 'consent_required' };
  if (error instanceof GraphError) {
    const status = error.statusCode;
    if (status === 403) return { kind: 'consent', reason: `graph ${error.code ?? status}` };
    if (status === 429 || status === 503) {
      const retryAfterMs = retryAfter(error.headers?.get('retry-after') ?? null);
      return { kind: 'outage', reason: status === 429 ? 'throttled' : 'unavailable', status, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
    }
    if (status === 401) return { kind: 'outage', reason: 'token', status };
    if (status === -1 || status >= 500) return { kind: 'outage', reason: isAbort(error) ? 'timeout' : 'unavailable', ...(status > 0 ? { status } : {}) };
    return { kind: 'outage', reason: 'unexpected', status };
  }
  if (isAbort(error)) return { kind: 'outage', reason: 'timeout' };
  // The token service did not answer, or answered with an error that is not the person's to fix.
  return { kind: 'outage', reason: 'token' };
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError' || /aborted|timeout/i.test(error.message));
}

/** Retry-After as milliseconds: seconds, or an HTTP date. */
export function retryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
