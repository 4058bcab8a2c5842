import { LRUCache } from 'lru-cache';
import type { DirectoryPerson } from '../domain/directory';
import type { Directory } from './directory';

/**
 * A directory that remembers its answers briefly, per person and search text (a picker asks
 * again as the person types back and forth, and pages ask for the same names). Only found
 * people are kept — an outage or a missing consent is asked about again. Bounded: the answers
 * used least recently go first.
 */
export function cachedDirectory(inner: Directory, opts: { ttlMs: number; maxEntries: number }): Directory {
  const kept = new LRUCache<string, DirectoryPerson[]>({ max: opts.maxEntries, ttl: opts.ttlMs });
  return {
    kind: inner.kind,
    async searchPeople(caller, q) {
      const key = `${caller.id}\n${q.trim().toLocaleLowerCase()}`;
      const hit = kept.get(key);
      if (hit) return { ok: true, value: hit };
      const answer = await inner.searchPeople(caller, q);
      if (answer.ok) kept.set(key, answer.value);
      return answer;
    },
  };
}
