import type { Request } from 'restify';
import { z } from 'zod';
import { Problem, Result, ok, fail } from '../domain/problem';

/**
 * Validating input: the query, a parsed body (read by http/jsonBody.ts), If-Match. Every
 * failure is a Problem that names the field, so the caller gets a clear, localized 400.
 */

/** zod issues → the first one as a Problem naming its field. */
export function fromZod(error: z.ZodError): Problem {
  const issue = error.issues[0]!;
  const field = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : 'body');
  switch (issue.code) {
    case 'unrecognized_keys':
      return { kind: 'invalid', code: 'validation.unknownField', field: [...issue.path, issue.keys[0]].join('.') };
    case 'too_big':
      return { kind: 'invalid', code: 'validation.tooLong', field, params: { max: Number(issue.maximum) } };
    case 'too_small':
      return { kind: 'invalid', code: 'validation.required', field };
    case 'invalid_value':
      return { kind: 'invalid', code: 'validation.oneOf', field, params: { options: issue.values.map(String).join(', ') } };
    case 'invalid_type':
      if (issue.input === undefined) return { kind: 'invalid', code: 'validation.required', field };
      return { kind: 'invalid', code: 'validation.type', field };
    case 'custom':
      return { kind: 'invalid', code: String(issue.params?.code ?? 'validation.type'), field };
    default:
      return { kind: 'invalid', code: 'validation.type', field };
  }
}

export function parseWith<T>(schema: z.ZodType<T>, value: unknown): Result<T> {
  const parsed = schema.safeParse(value, { reportInput: true });
  return parsed.success ? ok(parsed.data) : { ok: false, problem: fromZod(parsed.error) };
}

/** If-Match: "3", W/"3" or 3 → 3. Required on every update. */
export function ifMatchVersion(req: Request): Result<number> {
  const header = req.headers['if-match'];
  const value = Array.isArray(header) ? header[0] : header;
  const match = value?.trim().match(/^(?:W\/)?"?(\d{1,15})"?$/);
  if (!match) return fail('invalid', 'validation.ifMatch', { field: 'If-Match' });
  return ok(Number(match[1]));
}

export const etag = (version: number) => `"${version}"`;
