import { Problem, ProblemKind } from '../domain/problem';
import { Locale, t } from '../i18n';

/** The one place a Problem becomes an HTTP status and a JSON error body. */
export const STATUS_OF: Record<ProblemKind, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  locked: 409,
  full: 409,
  conflict: 412,
  too_large: 413,
  unavailable: 503,
};

export interface ErrorBody {
  error: { code: ProblemKind; reason: string; message: string; field?: string };
  /** With 412: the record as it is now, so the client can show what the other person changed. */
  current?: unknown;
}

export function problemResponse(problem: Problem, locale: Locale): { status: number; body: ErrorBody } {
  const body: ErrorBody = {
    error: {
      code: problem.kind,
      reason: problem.code,
      message: t(locale, problem.code, { field: problem.field ?? '', ...problem.params }),
      ...(problem.field ? { field: problem.field } : {}),
    },
  };
  if (problem.current !== undefined) body.current = problem.current;
  return { status: STATUS_OF[problem.kind], body };
}
