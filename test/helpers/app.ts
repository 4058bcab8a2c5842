import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RunningApp, startApp } from '../../src/index';

/**
 * The real app (config → SQLite in a temporary folder → restify on an ephemeral loopback port),
 * started in-process. Tests talk to it over HTTP only.
 */
export interface TestApp extends RunningApp {
  dataDir: string;
  /** The log lines so far (started with `logs: true`). */
  logs(): LogLine[];
  /** The same, as written. */
  rawLogs(): string;
  request(method: string, path: string, opts?: RequestOptions): Promise<TestResponse>;
  stop(): Promise<void>;
}

export interface RequestOptions {
  body?: unknown;
  rawBody?: string | Buffer;
  headers?: Record<string, string>;
  /** Dev mode: the demo user to act as (X-Dev-User). */
  as?: string;
  lang?: 'sv' | 'en';
}

export interface TestResponse {
  status: number;
  headers: Headers;
  json: any;
  text: string;
  buffer: Buffer;
}

/** Log lines the app wrote (with `logs: true`), parsed. */
export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}
export const WARN = 40;
export const ERROR = 50;

export async function startTestApp(
  env: Record<string, string> = {},
  opts: { now?: () => Date; /** Keep the app's log lines (at LOG_LEVEL warn unless env says) for `app.logs()`. */ logs?: boolean } = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'fs-test-'));
  // No scheduler timer: tests run its tick themselves (app.jobs.tick()).
  const lines: string[] = [];
  const logDestination = { write: (line: string) => void lines.push(line) };
  const app = await startApp(
    { PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: opts.logs ? 'warn' : 'silent', SEED_DEMO: 'false', NOTIFIER_INTERVAL_MS: '0', ...env },
    { ...(opts.now ? { now: opts.now } : {}), ...(opts.logs ? { logDestination } : {}) },
  );
  return {
    ...app,
    dataDir,
    logs: () => lines.map((line) => JSON.parse(line) as LogLine),
    rawLogs: () => lines.join(''),
    request: (method, p, o) => request(app.url, method, p, o),
    stop: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function request(base: string, method: string, p: string, opts: RequestOptions = {}): Promise<TestResponse> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.as) headers['x-dev-user'] = opts.as;
  if (opts.lang) headers['accept-language'] = opts.lang;
  let body: string | Buffer | undefined = opts.rawBody;
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['content-type'] = 'application/json';
  }
  const res = await fetch(base + p, { method, headers, body: body as string | undefined });
  const buffer = Buffer.from(await res.arrayBuffer());
  const text = buffer.toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json, text, buffer };
}
