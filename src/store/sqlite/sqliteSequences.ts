import type { Database } from 'better-sqlite3';

/**
 * Named counters in the sequences table: the next value, inside the caller's transaction (so a
 * number is taken only if the write that uses it commits, and never given twice).
 */
export function sqliteSequences(db: Database): (name: string) => number {
  const next = db
    .prepare<[string]>(
      `INSERT INTO sequences (name, value) VALUES (?, 1)
       ON CONFLICT (name) DO UPDATE SET value = value + 1
       RETURNING value`,
    )
    .pluck();
  return (name) => next.get(name) as number;
}
