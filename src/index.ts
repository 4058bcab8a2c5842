import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { Config, ConfigError, loadConfig } from './config';
import { openSqliteStore } from './store/sqlite/sqliteStore';
import { Store } from './store/store';
import { createIdentify } from './api/identify';
import { createServer, listen } from './server';
import { seed } from './seed/seed';

/**
 * The composition root: the only place that reads configuration and wires the pieces.
 * `npm start` runs main(); tests call startApp() with their own environment and clock.
 */
export interface RunningApp {
  url: string;
  config: Config;
  store: Store;
  close(): Promise<void>;
}

export async function startApp(
  env: Record<string, string | undefined>,
  opts: { now?: () => Date } = {},
): Promise<RunningApp> {
  const config = loadConfig(env);
  const now = opts.now ?? (() => new Date());
  const logger = pino({ level: config.logLevel, base: { app: 'forvaltningsstod' } });

  mkdirSync(config.dataDir, { recursive: true });
  const store = openSqliteStore(path.join(config.dataDir, 'forvaltningsstod.db'));
  const ctx = { store, now, timeZone: config.timeZone };
  const seeded = await seed(ctx, { demo: config.seedDemo });
  if (seeded.activities) logger.info({ activities: seeded.activities }, 'seeded demo activity log');

  const server = createServer({
    store,
    now,
    timeZone: config.timeZone,
    defaultLocale: config.defaultLocale,
    maxBodyBytes: config.maxBodyBytes,
    authMode: config.auth.mode,
    identify: createIdentify(config),
    logger,
    tabDir: path.join(projectRoot(), 'dist', 'tab'),
  });
  const url = await listen(server, config.port, config.host);
  return {
    url,
    config,
    store,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}

/** The folder with package.json: the same from src/ (tests) and dist/src/ (npm start). */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
}

async function main(): Promise<void> {
  let app: RunningApp;
  try {
    app = await startApp(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Förvaltningsstöd could not start.\n${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const base = app.url.replace('127.0.0.1', 'localhost');
  console.log(
    [
      `Förvaltningsstöd is running (${app.config.auth.mode === 'dev' ? 'dev sign-in: demo users' : 'Entra ID sign-in'}, data in ${path.resolve(app.config.dataDir)})`,
      `  Tab:        ${base}/tab/index.html`,
      `  Health:     ${base}/healthz`,
      `  Me:         ${base}/api/me`,
      `  Activities: ${base}/api/activities`,
      `  Restlista:  ${base}/api/restlista`,
      `  Checklist:  ${base}/api/checklist`,
      `  Export:     ${base}/api/activities/export?format=xlsx`,
      'Stop with Ctrl+C.',
    ].join('\n'),
  );
  const stop = () => {
    app.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
