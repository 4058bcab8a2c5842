import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Config } from '../config';
import { openSqliteStore } from './sqlite/sqliteStore';
import { Store } from './store';

/** The store the configuration names: SQLite in DATA_DIR, or Azure Table Storage (STORAGE=azure-table). */
export async function openStore(config: Pick<Config, 'storage' | 'dataDir'>): Promise<Store> {
  const storage = config.storage;
  if (storage.backend === 'azure-table') {
    // Loaded only when chosen: the Azure SDK is not needed (nor paid for at start) with SQLite.
    const { openAzureTableStore } = await import('./azureTable/azureTableStore');
    return openAzureTableStore(storage);
  }
  mkdirSync(config.dataDir, { recursive: true });
  return openSqliteStore(path.join(config.dataDir, 'forvaltningsstod.db'));
}
