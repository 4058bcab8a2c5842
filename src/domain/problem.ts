/**
 * Errors are values with a kind: `conflict` is a stale version (someone else saved first),
 * `locked` a record that may no longer change (a signed checklist). The kind decides the HTTP
 * status (http/problemResponse.ts) and the bot's answer (bot/problemReply.ts) in exactly one
 * place each; `code` is an i18n message key. `unsupported_media_type` and `method_not_allowed`
 * are about the request itself (a body that is not JSON, a method the path does not take).
 */
export type ProblemKind =
  | 'invalid'
  | 'not_found'
  | 'conflict'
  | 'locked'
  | 'forbidden'
  | 'unauthorized'
  | 'too_large'
  | 'unsupported_media_type'
  | 'method_not_allowed'
  | 'unavailable'
  /** The signed-in user (or an admin) has not consented to what the request needs from Microsoft Graph: the tab offers the consent step. */
  | 'consent_required';

export interface Problem {
  kind: ProblemKind;
  /** i18n message key, e.g. `activity.resolutionRequired`. */
  code: string;
  /** The input field the problem is about, when there is one. */
  field?: string;
  /** Values for the message template. */
  params?: Record<string, string | number>;
  /** For conflicts (a stale version): the record as it is now. */
  current?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (
  kind: ProblemKind,
  code: string,
  extra: Omit<Problem, 'kind' | 'code'> = {},
): { ok: false; problem: Problem } => ({ ok: false, problem: { kind, code, ...extra } });

/** Thrown by adapters to carry a Problem to the single place that maps it to a response. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.kind}: ${problem.code}`);
    this.name = 'ProblemError';
  }
}

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new ProblemError(result.problem);
  return result.value;
}
