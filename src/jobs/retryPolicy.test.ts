import { DEFAULT_RETRY_POLICY, backoffMs, isRetryable, nextAttempt } from './retryPolicy';

const NOW = new Date('2026-03-29T08:00:00.000Z');
const after = (ms: number) => new Date(NOW.getTime() + ms);

describe('retry policy for proactive messages', () => {
  it('backs off exponentially from 30 s and stops growing at an hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffMs(n))).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000,
    ]);
    expect(backoffMs(40)).toBe(3_600_000);
  });

  it('honours Retry-After on 429, capped at the longest delay', () => {
    expect(nextAttempt(1, { status: 429, retryAfterMs: 2_000 }, NOW)).toEqual({ retryAt: after(2_000) });
    expect(nextAttempt(3, { status: 429, retryAfterMs: 0 }, NOW)).toEqual({ retryAt: NOW });
    expect(nextAttempt(1, { status: 429, retryAfterMs: 10 * 60 * 60_000 }, NOW)).toEqual({ retryAt: after(3_600_000) });
    expect(nextAttempt(2, { status: 429, retryAfterMs: null }, NOW)).toEqual({ retryAt: after(60_000) });
  });

  it('retries 5xx, 401 and network failures with the backoff', () => {
    expect(nextAttempt(1, { status: 500, retryAfterMs: null }, NOW)).toEqual({ retryAt: after(30_000) });
    expect(nextAttempt(2, { status: 503, retryAfterMs: 5_000 }, NOW)).toEqual({ retryAt: after(60_000) });
    expect(nextAttempt(3, { status: null, retryAfterMs: null }, NOW)).toEqual({ retryAt: after(120_000) });
    expect(nextAttempt(1, { status: 401, retryAfterMs: null }, NOW)).toEqual({ retryAt: after(30_000) });
  });

  it('gives up at once on other 4xx (blocked, removed, bad message)', () => {
    for (const status of [400, 403, 404, 413]) {
      expect(isRetryable(status)).toBe(false);
      expect(nextAttempt(1, { status, retryAfterMs: null }, NOW)).toEqual({ giveUp: `refused (${status})` });
    }
  });

  it('gives up after the last attempt, whatever the answer', () => {
    const last = DEFAULT_RETRY_POLICY.maxAttempts;
    expect(nextAttempt(last - 1, { status: 500, retryAfterMs: null }, NOW)).toHaveProperty('retryAt');
    expect(nextAttempt(last, { status: 500, retryAfterMs: null }, NOW)).toEqual({ giveUp: `gave up after ${last} attempts` });
    expect(nextAttempt(last, { status: 429, retryAfterMs: 1000 }, NOW)).toEqual({ giveUp: `gave up after ${last} attempts` });
  });
});
