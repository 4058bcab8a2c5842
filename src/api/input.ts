import type { Request } from 'restify';
import { z } from 'zod';
import { Problem, Result, ok, fail } from '../domain/problem';

/**
 * Reading and validating input: the body (size-limited JSON), the query, If-Match. Every
 * failure is a Problem that names the field, so the caller gets a clear, localized 400.
 */
export async function readJson(req: Request, maxBytes: number): Promise<Result<unknown>> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) return tooLarge(req, maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) return tooLarge(req, maxBytes);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (!text) return fail('invalid', 'validation.body');
  try {
    return ok(JSON.parse(text));
  } catch {
    return fail('invalid', 'validation.json');
  }
}

function tooLarge(req: Request, maxBytes: number): Result<never> {
  // Stop reading; the connection is closed after the reply so the rest is never buffered.
  req.pause();
  return fail('too_large', 'validation.tooLarge', { params: { max: maxBytes } });
}

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
