import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { openSqliteStore } from './sqlite/sqliteStore';
import { Store, StoreUnavailableError } from './store';
import { CrashHook, NO_CRASH } from './crashPoints';

/**
 * Where the data is: SQLite (one file in `dataDir`, one instance) or Azure Table Storage, reached
 * at `endpoint` with DefaultAzureCredential (the managed identity named by AZURE_CLIENT_ID in
 * Azure) or with a connection string (Azurite, local tries). Read from the environment by config.ts.
 */
export type StorageSettings =
  | { backend: 'sqlite' }
  | { backend: 'azure-table'; tableName: string; endpoint: string | null; connectionString: string | null; managedIdentityClientId: string | null };

export interface StoreSettings {
  storage: StorageSettings;
  dataDir: string;
}

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
export function storeLocation(config: StoreSettings): string {
  const storage = config.storage;
  if (storage.backend === 'sqlite') return path.resolve(config.dataDir);
  return `Azure Table Storage, table ${storage.tableName}${storage.endpoint && !storage.connectionString ? ` at ${storage.endpoint}` : ''}`;
}

/** The store the configuration names: SQLite in DATA_DIR, or Azure Table Storage (STORAGE=azure-table). */
export async function openStore(config: StoreSettings, crash: CrashHook = NO_CRASH): Promise<Store> {
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
