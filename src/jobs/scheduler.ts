import type { Logger } from 'pino';
import { CommandContext } from '../commands/context';
import { DrainReport, Notifier } from './notifier';
import { enqueueDueReminders } from './trainingReminders';

/**
 * The in-process scheduler: every `intervalMs` one tick — queue due reminders, forget handled
 * activity ids older than a day, deliver the outbox. Ticks never overlap. Tests (and `close()`)
 * call `tick()` / `stop()` themselves; with interval 0 there is no timer at all.
 */
export interface TickReport extends DrainReport {
  remindersQueued: number;
  activityIdsPruned: number;
}

export interface Scheduler {
  tick(): Promise<TickReport>;
  start(): void;
  stop(): Promise<void>;
}

/** How long a handled activity id is remembered (Teams resends within minutes). */
export const ACTIVITY_ID_TTL_MS = 24 * 60 * 60_000;

export function createScheduler(deps: { ctx: CommandContext; notifier: Notifier; intervalMs: number; logger: Logger }): Scheduler {
  const { ctx, logger } = deps;
  let running: Promise<unknown> = Promise.resolve();
  let pending = 0;
  let timer: NodeJS.Timeout | null = null;

  async function run(): Promise<TickReport> {
    const started = performance.now();
    const remindersQueued = await enqueueDueReminders(ctx);
    const activityIdsPruned = await ctx.store.turns.prune(new Date(ctx.now().getTime() - ACTIVITY_ID_TTL_MS));
    const drained = await deps.notifier.drain();
    const report = { remindersQueued, activityIdsPruned, ...drained };
    const busy = remindersQueued + drained.sent + drained.retrying + drained.undeliverable > 0;
    logger[busy ? 'info' : 'debug']({ job: 'scheduler', ...report, ms: Math.round(performance.now() - started) }, 'job');
    return report;
  }

  const tick = (): Promise<TickReport> => {
    pending++;
    const next = running.then(run, run).finally(() => pending--);
    running = next.catch(() => undefined);
    return next;
  };

  return {
    tick,
    start() {
      if (timer || deps.intervalMs <= 0) return;
      timer = setInterval(() => {
        if (pending > 0) return; // the last tick is still running
        tick().catch((error: unknown) => logger.error({ err: error, job: 'scheduler' }, 'job failed'));
      }, deps.intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
