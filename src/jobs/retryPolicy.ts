/**
 * When to try a proactive message again after the Bot Connector refused it. Pure: the notifier
 * passes the attempt count, what the connector answered, the time and a random source.
 *
 * - 429 (throttled), 412 (precondition failed: Teams is busy with the conversation), 408, 5xx
 *   (502, 504, …), 401 (our token; fixable) and no answer at all (network): again — after the
 *   connector's Retry-After when it sends one, else an exponential backoff with jitter,
 *   30 s · 2^(attempt−1) ± 20 %, at most an hour. The jitter keeps many failed messages (a
 *   nudge run) from all coming back in the same second.
 * - Other 4xx (400 a bad message, 403 the bot was blocked or removed, 404 no such chat): never —
 *   the message is undeliverable.
 * - After MAX_ATTEMPTS attempts: undeliverable.
 */
export interface RetryPolicy {
  baseDelayMs: number;
  maxDelayMs: number;
  maxAttempts: number;
  /** The backoff is spread by ± this share (0.2 = ± 20 %). */
  jitter: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseDelayMs: 30_000, maxDelayMs: 60 * 60_000, maxAttempts: 8, jitter: 0.2 };

export interface Failure {
  /** HTTP status, or null when there was no answer. */
  status: number | null;
  retryAfterMs: number | null;
}

export type NextAttempt = { retryAt: Date } | { giveUp: string };

export const isRetryable = (status: number | null): boolean =>
  status === null || status === 429 || status === 412 || status === 401 || status === 408 || status >= 500;

/** The backoff before attempt `attempts + 1`, without jitter. */
export function backoffMs(attempts: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(exponent, 30));
}

/**
 * `attempts`: how many attempts were made so far, this one included. `random` in [0, 1): 0.5
 * is the backoff itself, 0 and 1 its lower and upper end.
 */
export function nextAttempt(
  attempts: number,
  failure: Failure,
  now: Date,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  random: () => number = Math.random,
): NextAttempt {
  if (!isRetryable(failure.status)) return { giveUp: `refused (${failure.status})` };
  if (attempts >= policy.maxAttempts) return { giveUp: `gave up after ${attempts} attempts` };
  const delay =
    failure.retryAfterMs !== null
      ? Math.min(policy.maxDelayMs, failure.retryAfterMs)
      : Math.min(policy.maxDelayMs, Math.round(backoffMs(attempts, policy) * (1 - policy.jitter + 2 * policy.jitter * random())));
  return { retryAt: new Date(now.getTime() + delay) };
}
