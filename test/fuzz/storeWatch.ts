import { createHash } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * Watches the app's SQLite file from a second, read-only connection: `changed()` says whether
 * anything was committed since the last call (SQLite's data_version moves on every commit by
 * another connection — one cheap read per request), `snapshot()` is a digest of every row of
 * every table, to compare byte for byte.
 */
export interface StoreWatch {
  changed(): boolean;
  snapshot(): string;
  close(): void;
}

export function watchStore(dataDir: string): StoreWatch {
  const db = new Database(path.join(dataDir, 'forvaltningsstod.db'), { readonly: true, fileMustExist: true });
  const version = () => db.pragma('data_version', { simple: true }) as number;
  let last = version();
  return {
    changed() {
      const now = version();
      const moved = now !== last;
      last = now;
      return moved;
    },
    snapshot() {
      const hash = createHash('sha256');
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
      for (const { name } of tables) {
        const rows = (db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`).raw().all() as unknown[][]).map((row) =>
          JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : typeof v === 'bigint' ? String(v) : v)),
        );
        rows.sort();
        hash.update(`${name}\n${rows.join('\n')}\n`);
      }
      return hash.digest('hex');
    },
    close: () => db.close(),
  };
}
