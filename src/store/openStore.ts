import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Config } from '../config';
import { openSqliteStore } from './sqlite/sqliteStore';
import { Store, StoreUnavailableError } from './store';
import { CrashHook, NO_CRASH } from './crashPoints';

/** The store could not be opened (the service is unreachable, access is refused): the start stops and says where. */
export class StoreOpenError extends Error {
  constructor(where: string, error: unknown) {
    // The reason itself (not "… is unavailable: reason"): `where` already says which store.
    const cause = error instanceof StoreUnavailableError ? error.cause : error;
    super(`${where}: ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`, { cause });
    this.name = 'StoreOpenError';
  }
}

/** Where the data is, in words: the SQLite folder, or the Azure table (and its endpoint when it is not a connection string's). */
export function storeLocation(config: Pick<Config, 'storage' | 'dataDir'>): string {
  const storage = config.storage;
  if (storage.backend === 'sqlite') return path.resolve(config.dataDir);
  return `Azure Table Storage, table ${storage.tableName}${storage.endpoint && !storage.connectionString ? ` at ${storage.endpoint}` : ''}`;
}

/** The store the configuration names: SQLite in DATA_DIR, or Azure Table Storage (STORAGE=azure-table). */
export async function openStore(config: Pick<Config, 'storage' | 'dataDir'>, crash: CrashHook = NO_CRASH): Promise<Store> {
  const storage = config.storage;
  if (storage.backend === 'azure-table') {
    // Loaded only when chosen: the Azure SDK is not needed (nor paid for at start) with SQLite.
    const { openAzureTableStore } = await import('./azureTable/azureTableStore');
    try {
      return await openAzureTableStore(storage, crash);
    } catch (error) {
      throw new StoreOpenError(storeLocation(config), error);
    }
  }
  mkdirSync(config.dataDir, { recursive: true });
  return openSqliteStore(path.join(config.dataDir, 'forvaltningsstod.db'), crash);
}
