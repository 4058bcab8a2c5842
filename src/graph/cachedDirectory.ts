import type { DirectoryPerson } from '../domain/directory';
import { Result } from '../domain/problem';
import type { Directory } from './directory';

/**
 * A directory that remembers its answers briefly, per person and search text (a picker asks
 * again as the person types back and forth, and pages ask for the same names). Only found
 * people are kept — an outage or a missing consent is asked about again. Bounded: the oldest
 * answers go first.
 */
export function cachedDirectory(inner: Directory, opts: { ttlMs: number; maxEntries: number; now?: () => number }): Directory {
  const now = opts.now ?? Date.now;
  const kept = new Map<string, { at: number; answer: Result<DirectoryPerson[]> }>();
  return {
    kind: inner.kind,
    async searchPeople(caller, q) {
      const key = `${caller.id}\n${q.trim().toLocaleLowerCase()}`;
      const hit = kept.get(key);
      if (hit && now() - hit.at < opts.ttlMs) return hit.answer;
      const answer = await inner.searchPeople(caller, q);
      if (answer.ok) {
        kept.delete(key);
        kept.set(key, { at: now(), answer });
        while (kept.size > opts.maxEntries) kept.delete(kept.keys().next().value as string);
      }
      return answer;
    },
  };
}
