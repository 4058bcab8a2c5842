import { randomBytes } from 'node:crypto';
import { TableClient } from '@azure/data-tables';
import { startAzurite, RunningAzurite } from '../../scripts/azurite';
import { openAzureTableStore } from '../../src/store/azureTable/azureTableStore';
import { storeContract } from './contract';

/**
 * The Azure Table Storage backend against Azurite (npm, table service only) on 127.0.0.1,
 * started for this file and stopped after it: the same contract as SQLite, each test on a
 * fresh table of its own.
 */
let azurite: RunningAzurite;
beforeAll(async () => {
  azurite = await startAzurite();
}, 30_000);
afterAll(async () => {
  await azurite?.stop();
});

export const freshTableName = (): string => `t${randomBytes(8).toString('hex')}`;

storeContract('azure-table (Azurite)', async () => {
  const tableName = freshTableName();
  const store = await openAzureTableStore({ tableName, connectionString: azurite.connectionString });
  return {
    store,
    cleanup: () => TableClient.fromConnectionString(azurite.connectionString, tableName, { allowInsecureConnection: true }).deleteTable(),
  };
});
