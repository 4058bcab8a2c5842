import type { Response } from 'restify';
import { Problem } from '../domain/problem';
import { Locale } from '../i18n';
import { problemResponse } from './problemResponse';

/** What a handler answers: JSON, or a file. `send` writes it. */
export type Reply =
  | { status?: number; json: unknown; headers?: Record<string, string> }
  | { status?: number; body: Buffer | string; contentType: string; headers?: Record<string, string> };

export function send(res: Response, reply: Reply): void {
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

/** A problem as the app's error JSON, with its status and headers (http/problemResponse.ts). */
export function sendProblem(res: Response, problem: Problem, locale: Locale): void {
  const { status, headers, body } = problemResponse(problem, locale);
  send(res, { status, json: body, headers });
}
