import type { IncomingMessage } from 'node:http';
import { Result, ok, fail } from '../domain/problem';

/**
 * Reading a request body as JSON, the one way every route that takes a body does it (the API
 * and the bot's /api/messages):
 * - a body must be declared `application/json` (or a `+json` type) in UTF-8, else 415 before it
 *   is read — so a form or `text/plain` post from another web page never reaches a handler;
 * - at most `maxBytes` (413, the rest is not read);
 * - valid UTF-8 (400: never stored with replacement characters) and valid JSON (400).
 * A request without a body is `validation.body`, whatever its Content-Type (routes where the
 * body is optional treat that as `{}`).
 */
export async function readJson(req: IncomingMessage, maxBytes: number): Promise<Result<unknown>> {
  if (declaresBody(req) && !isJsonContentType(req.headers['content-type'])) return refuseUnread(req, fail('unsupported_media_type', 'http.unsupportedMediaType'));
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) return tooLarge(req, maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) return tooLarge(req, maxBytes);
    chunks.push(chunk);
  }
  let text: string;
  try {
    text = UTF8.decode(Buffer.concat(chunks)).trim();
  } catch {
    return fail('invalid', 'validation.encoding');
  }
  if (!text) return fail('invalid', 'validation.body');
  try {
    return ok(JSON.parse(text));
  } catch {
    return fail('invalid', 'validation.json');
  }
}

/** Throws on bytes that are not UTF-8 instead of replacing them; a leading BOM is dropped. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A body follows the headers: a length above zero, or chunked. */
function declaresBody(req: IncomingMessage): boolean {
  return Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
}

/** `application/json` or `application/<something>+json`, with no charset or UTF-8. */
export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  const [type = '', ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json' && !/^application\/[a-z0-9.+-]+\+json$/.test(type)) return false;
  const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  return charset === undefined || charset === 'utf-8' || charset === 'utf8';
}

function tooLarge(req: IncomingMessage, maxBytes: number): Result<never> {
  return refuseUnread(req, fail('too_large', 'validation.tooLarge', { params: { max: maxBytes } }));
}

/** Stops reading; the reply closes the connection (problemResponse) so the rest is never buffered. */
function refuseUnread<T extends Result<never>>(req: IncomingMessage, result: T): T {
  req.pause();
  return result;
}
