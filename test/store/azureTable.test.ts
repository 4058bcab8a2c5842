import { randomBytes } from 'node:crypto';
import { TableClient } from '@azure/data-tables';
import { startAzurite, RunningAzurite } from '../../scripts/azurite';
import { openAzureTableStore } from '../../src/store/azureTable/azureTableStore';
import { storeContract } from './contract';
import { startTestApp } from '../helpers/app';
import { startServerProcess } from '../helpers/serverProcess';

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

describe('the app on STORAGE=azure-table', () => {
  it('seeds the demo data once, keeps it over a restart, and reports the backend in /healthz', async () => {
    const env = { STORAGE: 'azure-table', AZURE_TABLE_CONNECTION_STRING: azurite.connectionString, AZURE_TABLE_NAME: freshTableName(), SEED_DEMO: 'true' };
    const first = await startTestApp(env);
    const keys = async (app: typeof first) => ({
      activities: (await app.request('GET', '/api/activities', { as: 'lead' })).json.items.map((a: { key: string }) => a.key),
      trainings: (await app.request('GET', '/api/trainings?all=true', { as: 'lead' })).json.items.map((t: { id: string }) => t.id),
    });
    const seeded = await keys(first);
    expect(seeded.activities.length).toBeGreaterThan(10);
    expect(seeded.trainings.length).toBeGreaterThan(39);
    const health = await first.request('GET', '/healthz');
    expect(health.status).toBe(200);
    expect(health.json).toMatchObject({ status: 'ok', store: { ok: true, backend: 'azure-table' } });
    await first.stop();

    // A second start on the same table: nothing seeded again, everything still there.
    const second = await startTestApp(env);
    try {
      expect(await keys(second)).toEqual(seeded);
    } finally {
      await second.stop();
    }
  }, 60_000);

  it('stops the start with where and why when the Table service cannot be reached (exit 1, no stack)', async () => {
    const gone = await startAzurite();
    await gone.stop(); // its port is closed now
    const tableName = freshTableName();
    const start = startServerProcess({ STORAGE: 'azure-table', AZURE_TABLE_CONNECTION_STRING: gone.connectionString, AZURE_TABLE_NAME: tableName }, 60_000);
    const failure = await start.then(
      () => 'started',
      (error: Error) => error.message,
    );
    expect(failure).toContain('exited with 1 before it started');
    expect(failure).toContain(`Förvaltningsstöd could not start.\nAzure Table Storage, table ${tableName}: `);
    expect(failure).toMatch(/ECONNREFUSED/);
    expect(failure).not.toMatch(/\n\s+at /); // a message, not a stack trace
  }, 60_000);

  it('answers /healthz and the API 503 with the reason when the Table service cannot be reached', async () => {
    const other = await startAzurite();
    const app = await startTestApp({ STORAGE: 'azure-table', AZURE_TABLE_CONNECTION_STRING: other.connectionString, AZURE_TABLE_NAME: freshTableName() });
    try {
      await other.stop();
      const health = await app.request('GET', '/healthz');
      expect(health.status).toBe(503);
      expect(health.json).toMatchObject({ status: 'unavailable', store: { ok: false, backend: 'azure-table' } });
      expect(health.json.store.detail).toMatch(/no answer within 2000 ms|ECONNREFUSED/);
      // A request that needs the store: 503 in the caller's language, with when to try again.
      const started = Date.now();
      const list = await app.request('GET', '/api/activities', { lang: 'en' });
      expect(list.status).toBe(503);
      expect(list.headers.get('retry-after')).toBe('5');
      expect(list.json.error).toMatchObject({ code: 'unavailable', message: 'The storage is not answering right now. Nothing was changed – please try again in a moment.' });
      expect(Date.now() - started).toBeLessThan(15_000); // a few quick retries, not the SDK's default minutes
    } finally {
      await app.stop();
    }
  }, 60_000);
});
