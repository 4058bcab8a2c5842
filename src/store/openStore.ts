import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Config } from '../config';
import { openAzureTableStore } from './azureTable/azureTableStore';
import { openSqliteStore } from './sqlite/sqliteStore';
import { Store } from './store';

/** The store the configuration names: SQLite in DATA_DIR, or Azure Table Storage (STORAGE=azure-table). */
export async function openStore(config: Pick<Config, 'storage' | 'dataDir'>): Promise<Store> {
  const storage = config.storage;
  if (storage.backend === 'azure-table') return openAzureTableStore(storage);
  mkdirSync(config.dataDir, { recursive: true });
  return openSqliteStore(path.join(config.dataDir, 'forvaltningsstod.db'));
}
