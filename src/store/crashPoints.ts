/**
 * Named points in the store's write paths where a test can stop the process dead (SIGKILL), to
 * show that a crash there loses nothing: `TEST_CRASH_AT=<point>[:<n>]` stops it the n-th time
 * the point is reached (refused in production; tests only). Otherwise the hook does nothing.
 *
 * - training.decided   a training change was decided, nothing written yet
 * - training.batch     between two batches of one large change (Azure Table)
 * - training.committed the change and its notices are written, the caller not yet answered
 * - notices.collected  notices waiting on a training were queued, not yet cleared (Azure Table)
 * - audit.chained      pending trail entries were chained, not yet removed from their partitions (Azure Table)
 */
export const CRASH_POINTS = ['training.decided', 'training.batch', 'training.committed', 'notices.collected', 'audit.chained'] as const;
export type CrashPoint = (typeof CRASH_POINTS)[number];
export type CrashHook = (point: CrashPoint) => void;
export const NO_CRASH: CrashHook = () => undefined;

/** A hook that calls `stop` (the composition root: SIGKILL to itself) the n-th time `at.point` is reached. */
export function crashAt(at: { point: CrashPoint; nth: number } | null, stop: () => void): CrashHook {
  if (!at) return NO_CRASH;
  let seen = 0;
  return (point) => {
    if (point === at.point && ++seen === at.nth) stop();
  };
}
