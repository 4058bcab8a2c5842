import http from 'node:http';
import https from 'node:https';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Server as RestifyServer } from 'restify';
import { RunningApp, startApp } from '../src/index';

/**
 * Shared pieces of the benchmarks (`npm run bench`): the shape of a benchmark, statistics,
 * a keep-alive HTTP client with per-request timing, and the real app started on a temporary
 * folder and an ephemeral loopback port. Everything talks to 127.0.0.1 only.
 */

export type Figure = number | string | boolean;
export type Figures = Record<string, Figure>;

/**
 * One benchmark: `run()` does the work, cleans up after itself (also when it throws) and
 * returns its figures. A goal says in words what "good" is and decides it from the figures;
 * a missed goal is reported, not thrown. Add a benchmark by writing a module that exports
 * one of these and adding it to the list in bench/index.ts.
 */
export interface Benchmark<F extends Figures = Figures> {
  name: string;
  goal?: { text: string; met(figures: F): boolean };
  run(): Promise<F>;
}

/** Keeps the figures' type flowing from run() into goal.met(). */
export const defineBenchmark = <F extends Figures>(benchmark: Benchmark<F>): Benchmark<F> => benchmark;

// ---------------------------------------------------------------------------------------------
// Statistics

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile (p in 0..100): the smallest value with at least p % of values at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

/** Rounds for the report: figures are noisy, more digits would only suggest precision. */
export const round = (value: number, digits = 2): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/** Runs `work` and returns its result with the elapsed milliseconds. */
export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

// ---------------------------------------------------------------------------------------------
// HTTP client (node:http with a keep-alive Agent; the same client for every side of a comparison)

export interface HttpResult {
  status: number;
  /** Response body size in bytes. */
  bytes: number;
  /** The body, only when asked for (keepBody), so timed requests do not pay for buffering. */
  body?: Buffer;
  /** From sending the request to the last byte of the response. */
  ms: number;
}

export interface HttpOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  keepBody?: boolean;
  timeoutMs?: number;
}

export const keepAliveAgent = (maxSockets = 1): http.Agent => new http.Agent({ keepAlive: true, maxSockets });

export function httpRequest(agent: http.Agent, url: string, opts: HttpOptions = {}): Promise<HttpResult> {
  const target = new URL(url);
  if (target.hostname !== '127.0.0.1') return Promise.reject(new Error(`benchmarks only talk to 127.0.0.1, not ${target.hostname}`));
  const payload = opts.body === undefined ? undefined : Buffer.from(opts.body, 'utf8');
  const headers: Record<string, string | number> = { ...opts.headers };
  if (payload) {
    headers['content-type'] ??= 'application/json';
    headers['content-length'] = payload.length;
  }
  return new Promise((resolve, reject) => {
    const start = performance.now();
    // https for the fakes of Microsoft's services (their agent carries the test CA).
    const request = target.protocol === 'https:' ? https.request : http.request;
    const req = request(target, { method: opts.method ?? 'GET', agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (opts.keepBody) chunks.push(chunk);
      });
      res.on('error', reject);
      res.on('end', () => {
        const ms = performance.now() - start;
        resolve({ status: res.statusCode ?? 0, bytes, ms, ...(opts.keepBody ? { body: Buffer.concat(chunks) } : {}) });
      });
    });
    req.setTimeout(opts.timeoutMs ?? 15_000, () => req.destroy(new Error(`${opts.method ?? 'GET'} ${url}: no answer in ${opts.timeoutMs ?? 15_000} ms`)));
    req.on('error', reject);
    req.end(payload);
  });
}

// ---------------------------------------------------------------------------------------------
// Servers

/** The real app, as `npm start` wires it, on a fresh SQLite file in a temporary folder. */
export interface TempApp extends RunningApp {
  dataDir: string;
  stop(): Promise<void>;
}

export async function startTempApp(env: Record<string, string> = {}, opts: { now?: () => Date } = {}): Promise<TempApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'fs-bench-'));
  try {
    const app = await startApp(
      { HOST: '127.0.0.1', PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', SEED_DEMO: 'false', AUTH_MODE: 'dev', ...env },
      opts,
    );
    let stopped = false;
    return {
      ...app,
      dataDir,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        try {
          await app.close();
        } finally {
          rmSync(dataDir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** Closes a restify server a benchmark started (Node 20 also closes its idle keep-alive sockets). */
export function closeServer(server: RestifyServer): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

/** The project root (where package.json is), whether run from bench/ or dist/bench/. */
export { projectRoot } from '../src/projectRoot';
