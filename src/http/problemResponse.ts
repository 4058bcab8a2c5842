import { Problem, ProblemKind } from '../domain/problem';
import { Locale, t } from '../i18n';

/** The one place a Problem becomes an HTTP status, headers and a JSON error body. */
export const STATUS_OF: Record<ProblemKind, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  locked: 409,
  conflict: 412,
  too_large: 413,
  unsupported_media_type: 415,
  unavailable: 503,
  consent_required: 403,
};

/** How long a client waits before it tries again after a 503 (a store or sign-in outage), in seconds. */
export const RETRY_AFTER_SECONDS = 5;

export interface ErrorBody {
  error: { code: ProblemKind; reason: string; message: string; field?: string };
  /** With 412: the record as it is now, so the client can show what the other person changed. */
  current?: unknown;
}

export interface ProblemResponse {
  status: number;
  headers: Record<string, string>;
  body: ErrorBody;
}

export function problemResponse(problem: Problem, locale: Locale): ProblemResponse {
  const body: ErrorBody = {
    error: {
      code: problem.kind,
      reason: problem.code,
      message: t(locale, problem.code, { field: problem.field ?? '', ...problem.params }),
      ...(problem.field ? { field: problem.field } : {}),
    },
  };
  if (problem.current !== undefined) body.current = problem.current;
  const headers: Record<string, string> = { 'content-language': locale };
  // An outage, not the caller's fault: say when to try again.
  if (problem.kind === 'unavailable') headers['retry-after'] = String(RETRY_AFTER_SECONDS);
  // A body that was refused unread (too large, not JSON): close the connection after replying, so the rest is never buffered.
  if (problem.kind === 'too_large' || problem.kind === 'unsupported_media_type') headers.connection = 'close';
  return { status: STATUS_OF[problem.kind], headers, body };
}

/** Something unexpected (a bug, logged where it happened): a localized 500 without details. */
export function internalErrorResponse(locale: Locale): { status: 500; headers: Record<string, string>; body: { error: { code: 'internal'; reason: string; message: string } } } {
  return {
    status: 500,
    headers: { 'content-language': locale },
    body: { error: { code: 'internal', reason: 'error.internal', message: t(locale, 'error.internal') } },
  };
}

/**
 * The problem behind an error status that the HTTP framework answered by itself (no such path,
 * a method the path does not take, a request it could not parse), so that it gets the same
 * shape and words as ours; null for anything else (a 5xx: internal).
 */
export function problemOfStatus(status: number, method: string): Problem | null {
  switch (status) {
    case 400:
      return { kind: 'invalid', code: 'http.badRequest' };
    case 404:
      return { kind: 'not_found', code: 'http.notFound' };
    case 405:
      return { kind: 'method_not_allowed', code: 'http.methodNotAllowed', params: { method: method.slice(0, 20) } };
    case 413:
      return { kind: 'too_large', code: 'error.too_large' };
    case 415:
      return { kind: 'unsupported_media_type', code: 'http.unsupportedMediaType' };
    default:
      return null;
  }
}
