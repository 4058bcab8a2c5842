import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Agent } from 'node:http';
import type { RunningAzurite } from '../scripts/azurite';
import { startBenchConnector } from './connector';
import { SEATS, botRound } from './signUpContention';
import { TempApp, defineBenchmark, keepAliveAgent, projectRoot, round, startTempApp } from './support';

/**
 * The sign-up contention run on the deployed store: Azure Table Storage (Azurite, table service,
 * on 127.0.0.1) beside SQLite, measured in the same run. 200 people click "Anmäl mig" at once
 * for 20 seats, three ways: one app on SQLite (the baseline), one app on Azurite, and two app
 * instances sharing one Azurite table with the clicks dealt out between them — where the seats
 * hold only because each write is conditioned on the etag it read. Each must end with exactly
 * 20 confirmed and the rest waitlisted in arrival order, each person told their place.
 */
const PEOPLE = 200;
const WARMUP = 20;

const azurite = (): { startAzurite: () => Promise<RunningAzurite> } => require(path.join(projectRoot(), 'scripts', 'azurite.js'));

type Figures = {
  people: number;
  seats: number;
  sqliteSignUpsPerSecond: number;
  azureOneInstanceSignUpsPerSecond: number;
  azureTwoInstancesSignUpsPerSecond: number;
  ratioAzureOneToSqlite: number;
  ratioAzureTwoToSqlite: number;
  sqliteExact: boolean;
  azureOneInstanceExact: boolean;
  azureTwoInstancesExact: boolean;
  azureTwoInstancesConfirmed: number;
  azureTwoInstancesWaitlisted: number;
};

type Round = Awaited<ReturnType<typeof botRound>>;
const exact = (r: Round) =>
  r.confirmed === SEATS && r.waitlisted === PEOPLE - SEATS && r.inOrder && r.eachTold && r.confirmationsSent === SEATS;

export const signUpContentionAzure = defineBenchmark<Figures>({
  name: `Sign-up contention on Azure Table Storage (Azurite) beside SQLite: ${PEOPLE} bot sign-ups for ${SEATS} seats`,
  goal: {
    text: `${SEATS} confirmed and ${PEOPLE - SEATS} waitlisted in arrival order on SQLite, on Azurite, and with two instances on one Azurite`,
    met: (f) => f.sqliteExact && f.azureOneInstanceExact && f.azureTwoInstancesExact,
  },
  async run() {
    const connector = await startBenchConnector();
    const table = await azurite().startAzurite();
    // A fresh pool per round: a socket left idle by one round could meet the app's keep-alive
    // timeout (5 s) just as the next round — seconds later on Azurite — reuses it.
    const agents: Agent[] = [];
    const fresh = () => {
      agents.forEach((a) => a.destroy());
      agents.splice(0, agents.length, keepAliveAgent(PEOPLE));
      return agents[0]!;
    };
    const apps: TempApp[] = [];
    const start = async (env: Record<string, string>) => {
      const app = await startTempApp({ NOTIFIER_INTERVAL_MS: '0', ...env });
      apps.push(app);
      return app;
    };
    const onAzurite = (tableName: string) => ({
      STORAGE: 'azure-table',
      AZURE_TABLE_CONNECTION_STRING: table.connectionString,
      AZURE_TABLE_NAME: tableName,
    });
    try {
      const sqlite = await start({});
      const tableName = `bench${randomBytes(6).toString('hex')}`;
      const [azureA, azureB] = [await start(onAzurite(tableName)), await start(onAzurite(tableName))];
      // Warm-up: every instance once.
      for (const [i, app] of [sqlite, azureA, azureB].entries()) await botRound(app, fresh(), connector, 'Uppvärmning', WARMUP, 90_001 + i * 1000);

      const baseline = await botRound(sqlite, fresh(), connector, 'Teams – kom igång', PEOPLE);
      const one = await botRound(azureA, fresh(), connector, 'Teams – kom igång', PEOPLE);
      const two = await botRound([azureA, azureB], fresh(), connector, 'Möten i Teams', PEOPLE, 5001);
      const rate = (r: Round) => PEOPLE / (r.ms / 1000);
      return {
        people: PEOPLE,
        seats: SEATS,
        sqliteSignUpsPerSecond: round(rate(baseline), 0),
        azureOneInstanceSignUpsPerSecond: round(rate(one), 0),
        azureTwoInstancesSignUpsPerSecond: round(rate(two), 0),
        ratioAzureOneToSqlite: round(rate(one) / rate(baseline)),
        ratioAzureTwoToSqlite: round(rate(two) / rate(baseline)),
        sqliteExact: exact(baseline),
        azureOneInstanceExact: exact(one),
        azureTwoInstancesExact: exact(two),
        azureTwoInstancesConfirmed: two.confirmed,
        azureTwoInstancesWaitlisted: two.waitlisted,
      };
    } finally {
      agents.forEach((a) => a.destroy());
      for (const app of apps) await app.stop();
      await table.stop();
      await connector.stop();
    }
  },
});
