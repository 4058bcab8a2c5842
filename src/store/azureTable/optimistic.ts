import { isWriteConflict } from './table';

/**
 * Optimistic concurrency against Azure Table Storage. A write names the etag it read; when
 * another writer (this process or another instance) got there first the service answers 412
 * (or 409 for a create) and nothing was written: read again and decide again.
 *
 * Inside one process, writes to the same partition queue behind each other (`serially`), so
 * the retries are only ever against other instances — two instances on one hot training
 * retry a few times, not hundreds.
 */
export class Contended extends Error {
  constructor(what: string, attempts: number) {
    super(`${what}: still conflicting after ${attempts} attempts`);
    this.name = 'Contended';
  }
}

const MAX_ATTEMPTS = 60;

/** Runs `attempt` until it does not end in a write conflict; backs off with jitter between tries. */
export async function retryOnConflict<T>(what: string, attempt: () => Promise<T>): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isWriteConflict(error)) throw error;
      if (n >= MAX_ATTEMPTS) throw new Contended(what, n);
      const ceiling = Math.min(200, 5 * 2 ** Math.min(n, 6));
      await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
    }
  }
}

/** Per-key queues: one write at a time per key in this process, in arrival order. */
export function keyedQueue(): <T>(key: string, run: () => Promise<T>) => Promise<T> {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(key: string, run: () => Promise<T>): Promise<T> => {
    const previous = tails.get(key) ?? Promise.resolve();
    const result = previous.then(run, run);
    const tail = result.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return result;
  };
}

/** Both together: queued per partition in this process, retried against other processes. */
export function partitionWriter() {
  const queue = keyedQueue();
  return <T>(partition: string, what: string, attempt: () => Promise<T>): Promise<T> =>
    queue(partition, () => retryOnConflict(what, attempt));
}
export type PartitionWriter = ReturnType<typeof partitionWriter>;
