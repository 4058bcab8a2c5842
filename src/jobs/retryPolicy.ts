/**
 * When to try a proactive message again after the Bot Connector refused it. Pure: the notifier
 * passes the attempt count, what the connector answered and the time.
 *
 * - 429 (throttled): after the connector's Retry-After when it sends one, else the backoff.
 * - 5xx, 401 (our token; fixable) and no answer at all (network): exponential backoff,
 *   30 s · 2^(attempt−1), at most an hour.
 * - Other 4xx (400 a bad message, 403 the bot was blocked or removed, 404 no such chat): never —
 *   the message is undeliverable.
 * - After MAX_ATTEMPTS attempts: undeliverable.
 */
export interface RetryPolicy {
  baseDelayMs: number;
  maxDelayMs: number;
  maxAttempts: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseDelayMs: 30_000, maxDelayMs: 60 * 60_000, maxAttempts: 8 };

export interface Failure {
  /** HTTP status, or null when there was no answer. */
  status: number | null;
  retryAfterMs: number | null;
}

export type NextAttempt = { retryAt: Date } | { giveUp: string };

export const isRetryable = (status: number | null): boolean =>
  status === null || status === 429 || status === 401 || status === 408 || status >= 500;

export function backoffMs(attempts: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(exponent, 30));
}

/** `attempts`: how many attempts were made so far, this one included. */
export function nextAttempt(attempts: number, failure: Failure, now: Date, policy: RetryPolicy = DEFAULT_RETRY_POLICY): NextAttempt {
  if (!isRetryable(failure.status)) return { giveUp: `refused (${failure.status})` };
  if (attempts >= policy.maxAttempts) return { giveUp: `gave up after ${attempts} attempts` };
  const delay =
    failure.status === 429 && failure.retryAfterMs !== null ? Math.min(policy.maxDelayMs, failure.retryAfterMs) : backoffMs(attempts, policy);
  return { retryAt: new Date(now.getTime() + delay) };
}
