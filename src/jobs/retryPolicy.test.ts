import { DEFAULT_RETRY_POLICY, backoffMs, isRetryable, nextAttempt } from './retryPolicy';

const NOW = new Date('2026-03-29T08:00:00.000Z');
const after = (ms: number) => new Date(NOW.getTime() + ms);
/** The middle of the jitter: the backoff itself. */
const middle = () => 0.5;
const next = (attempts: number, status: number | null, retryAfterMs: number | null = null, random = middle) =>
  nextAttempt(attempts, { status, retryAfterMs }, NOW, DEFAULT_RETRY_POLICY, random);

describe('retry policy for proactive messages', () => {
  it('backs off exponentially from 30 s and stops growing at an hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffMs(n))).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000,
    ]);
    expect(backoffMs(40)).toBe(3_600_000);
  });

  it('spreads the backoff by ± 20 % (jitter), never past the longest delay', () => {
    expect(next(1, 500, null, () => 0)).toEqual({ retryAt: after(24_000) });
    expect(next(1, 500, null, () => 0.999999)).toEqual({ retryAt: after(36_000) });
    expect(next(2, 502, null, () => 0.25)).toEqual({ retryAt: after(54_000) });
    expect(nextAttempt(9, { status: 504, retryAfterMs: null }, NOW, { ...DEFAULT_RETRY_POLICY, maxAttempts: 20 }, () => 0.999999)).toEqual({ retryAt: after(3_600_000) });
    const spread = new Set(Array.from({ length: 50 }, () => (next(3, 500, null, Math.random) as { retryAt: Date }).retryAt.getTime() - NOW.getTime()));
    expect(spread.size).toBeGreaterThan(10);
    for (const ms of spread) expect(ms).toBeGreaterThanOrEqual(96_000), expect(ms).toBeLessThanOrEqual(144_000);
  });

  it('honours Retry-After (429, 503, …), capped at the longest delay', () => {
    expect(next(1, 429, 2_000)).toEqual({ retryAt: after(2_000) });
    expect(next(3, 429, 0)).toEqual({ retryAt: NOW });
    expect(next(1, 429, 10 * 60 * 60_000)).toEqual({ retryAt: after(3_600_000) });
    expect(next(2, 429, null)).toEqual({ retryAt: after(60_000) });
    expect(next(2, 503, 5_000)).toEqual({ retryAt: after(5_000) });
  });

  it('retries 412, 502, 504, other 5xx, 401, 408 and network failures with the backoff', () => {
    for (const status of [412, 500, 502, 503, 504, 401, 408, null]) {
      expect(isRetryable(status)).toBe(true);
      expect(next(1, status)).toEqual({ retryAt: after(30_000) });
    }
    expect(next(3, null)).toEqual({ retryAt: after(120_000) });
  });

  it('gives up at once on other 4xx (blocked, removed, bad message)', () => {
    for (const status of [400, 403, 404, 413]) {
      expect(isRetryable(status)).toBe(false);
      expect(next(1, status)).toEqual({ giveUp: `refused (${status})` });
    }
  });

  it('gives up after the last attempt, whatever the answer', () => {
    const last = DEFAULT_RETRY_POLICY.maxAttempts;
    expect(next(last - 1, 500)).toHaveProperty('retryAt');
    expect(next(last, 500)).toEqual({ giveUp: `gave up after ${last} attempts` });
    expect(next(last, 429, 1000)).toEqual({ giveUp: `gave up after ${last} attempts` });
  });
});
