import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { UseCases } from '../commands';
import { DrainReport, Notifier } from './notifier';

/**
 * The in-process scheduler. One tick: take the scheduler's lease in the store (of several
 * instances sharing a store, one ticks at a time — so the global send rate holds for all of
 * them), move notices that writes left on their aggregates into the outbox, queue due reminders
 * (trainings, the monthly follow-up), forget handled activity ids
 * older than a day, deliver the outbox (renewing the lease as it goes), give the lease back.
 * Ticks never overlap. The clock is a parameter: tests call `tick()` and move time instead of
 * sleeping. With an interval the first tick runs at start-up (a reminder missed while the app
 * was down goes out then), and the next one comes after the interval — or sooner, when a retry
 * falls due before it. With interval 0 there is no timer at all.
 */
export interface TickReport extends DrainReport {
  /** Notices that writes left on their aggregates (Azure Table), moved into the outbox. */
  noticesCollected: number;
  remindersQueued: number;
  followUpsQueued: number;
  activityIdsPruned: number;
  /** The förvaltning team's roster this tick: 'changed', 'unchanged', 'no_team', 'unavailable', or 'not_due'. */
  roster: string;
  /** Trainings whose Outlook invitation the periodic check found behind (a sync queued for each); 0 when the check was not due. */
  invitationChecks: number;
  /** Another instance holds the lease: this one did nothing. */
  skipped: boolean;
}

export interface Scheduler {
  tick(): Promise<TickReport>;
  start(): void;
  stop(): Promise<void>;
}

/** How long a handled activity id is remembered (Teams resends within minutes). */
export const ACTIVITY_ID_TTL_MS = 24 * 60 * 60_000;
export const SCHEDULER_LEASE = 'scheduler';
/** After a roster read that failed, the next try comes this much later (or at the refresh interval, if sooner). */
const ROSTER_RETRY_MS = 60_000;
/** The soonest the timer ticks again after a tick (a retry due at once waits this long). */
const MIN_DELAY_MS = 5;

const idle: DrainReport = { sent: 0, retrying: 0, undeliverable: 0, throttled: false };

export function createScheduler(deps: {
  useCases: Pick<UseCases, 'clock' | 'delivery' | 'reminders' | 'access' | 'invitations'>;
  notifier: Notifier;
  intervalMs: number;
  leaseMs: number;
  /** How often the förvaltning team's roster is read again (when Graph can; a failed read is tried again at the next tick after a minute). */
  rosterRefreshMs?: number;
  /** How often every upcoming training's invitation is checked (invitations on): a sync for those behind. */
  invitationRecheckMs?: number;
  logger: Logger;
}): Scheduler {
  const { logger } = deps;
  const { clock, delivery, reminders, access, invitations } = deps.useCases;
  const invitationRecheckMs = deps.invitationRecheckMs ?? 10 * 60_000;
  let invitationsDueAt = 0;
  /** The periodic invitation check, when due: how many syncs it queued. */
  async function checkInvitationsIfDue(): Promise<number> {
    const now = clock.now().getTime();
    if (!invitations.on || now < invitationsDueAt) return 0;
    invitationsDueAt = now + invitationRecheckMs;
    return invitations.queueChecks(String(Math.floor(now / invitationRecheckMs)));
  }
  const rosterRefreshMs = deps.rosterRefreshMs ?? 15 * 60_000;
  let rosterDueAt = 0;
  /** The roster, when due: 'changed', 'unchanged', 'no_team', 'unavailable' or 'not_due'. */
  async function refreshRosterIfDue(): Promise<string> {
    const now = clock.now().getTime();
    if (!access.rostersFromGraph || now < rosterDueAt) return 'not_due';
    const refreshed = await access.refreshRoster();
    rosterDueAt = now + (refreshed.ok ? rosterRefreshMs : Math.min(rosterRefreshMs, ROSTER_RETRY_MS));
    return refreshed.ok ? refreshed.value : 'unavailable';
  }
  const holder = `${process.pid}-${randomUUID()}`;
  let running: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  const lease = () => delivery.takeLease(SCHEDULER_LEASE, holder, deps.leaseMs);

  async function run(): Promise<TickReport> {
    const started = performance.now();
    if (!(await lease())) {
      return { noticesCollected: 0, remindersQueued: 0, followUpsQueued: 0, activityIdsPruned: 0, roster: 'not_due', invitationChecks: 0, ...idle, skipped: true };
    }
    try {
      const noticesCollected = await delivery.collectNotices();
      const remindersQueued = await reminders.queueTrainings();
      const followUpsQueued = await reminders.queueFollowUps();
      const activityIdsPruned = await delivery.forgetOldTurns(ACTIVITY_ID_TTL_MS);
      const roster = await refreshRosterIfDue();
      const invitationChecks = await checkInvitationsIfDue();
      const drained = await deps.notifier.drain(lease);
      const report = { noticesCollected, remindersQueued, followUpsQueued, activityIdsPruned, roster, invitationChecks, ...drained, skipped: false };
      const busy =
        roster === 'changed' || noticesCollected + remindersQueued + followUpsQueued + invitationChecks + drained.sent + drained.retrying + drained.undeliverable > 0;
      logger[busy ? 'info' : 'debug']({ job: 'scheduler', ...report, ms: Math.round(performance.now() - started) }, 'job');
      return report;
    } finally {
      await delivery.releaseLease(SCHEDULER_LEASE, holder);
    }
  }

  const tick = (): Promise<TickReport> => {
    const next = running.then(run, run);
    running = next.catch(() => undefined);
    return next;
  };

  /** The next tick: after the interval, or when the earliest pending message falls due if that is sooner. */
  async function delayAfter(report: TickReport | null): Promise<number> {
    if (report?.skipped) return deps.intervalMs;
    const due = await delivery.nextAt();
    if (!due) return deps.intervalMs;
    return Math.min(deps.intervalMs, Math.max(MIN_DELAY_MS, Date.parse(due) - clock.now().getTime()));
  }

  function schedule(ms: number): void {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = null;
      tick()
        .then(
          (report) => delayAfter(report),
          async (error: unknown) => {
            logger.error({ err: error, job: 'scheduler' }, 'job failed');
            return deps.intervalMs;
          },
        )
        .then(schedule, () => schedule(deps.intervalMs));
    }, ms);
    timer.unref();
  }

  return {
    tick,
    start() {
      if (timer || deps.intervalMs <= 0) return;
      stopped = false;
      schedule(0);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}
