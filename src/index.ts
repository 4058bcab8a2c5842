import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pino from 'pino';
import { projectRoot } from './projectRoot';
import { Config, ConfigError, loadConfig } from './config';
import { StoreOpenError, openStore, storeLocation } from './store/openStore';
import { crashAt } from './store/crashPoints';
import { Store } from './store/store';
import { createIdentify } from './api/identify';
import { ServedRoute, createServer, listen, servedRoutes } from './server';
import { seed } from './seed/seed';
import { createUseCases } from './commands';
import { calendarLinks } from './web/calendarLinks';
import { createBot } from './bot/core/bot';
import { createBotIdentify } from './bot/core/identity';
import { createBotFramework } from './bot/core/botbuilderAdapter';
import { registerMessagesEndpoint } from './bot/core/messagesEndpoint';
import type { Server } from 'restify';
import { createNoticeComposer } from './bot/trainings/noticeComposer';
import { createFollowUpComposer } from './bot/followUp/followUpComposer';
import { ProactiveSender } from './bot/core/turn';
import { restlistaLinks } from './web/tabLinks';
import { DEFAULT_NOTIFIER_OPTIONS, createNotifier } from './jobs/notifier';
import type { InvitationServices } from './commands/invitationSync';
import { Scheduler, createScheduler } from './jobs/scheduler';
import { Directory, NO_DIRECTORY } from './graph/directory';
import type { TeamRosters } from './graph/teamRosters';
import { createDemoDirectory } from './seed/demoDirectory';

/**
 * The composition root: the only place that reads configuration and wires the pieces.
 * `npm start` runs main(); tests call startApp() with their own environment and clock.
 */
export interface RunningApp {
  url: string;
  /** The base of links in cards (PUBLIC_URL, or the address it listens on). */
  publicUrl: string;
  config: Config;
  store: Store;
  /** Every route the server answers (method, path pattern). */
  routes: ServedRoute[];
  /** The scheduler: tests call `jobs.tick()` instead of waiting for the timer. */
  jobs: Pick<Scheduler, 'tick'>;
  close(): Promise<void>;
}

/** Teams activities carry entities and attachments besides the text; a card action's own data is checked far below this. */
const BOT_MAX_BODY_BYTES = 256 * 1024;
/** The key of the generated calendar signing key in the store (when CALENDAR_SIGNING_KEY is unset). */
const CALENDAR_KEY_SETTING = 'calendar-signing-key';

export async function startApp(
  env: Record<string, string | undefined>,
  opts: { now?: () => Date; /** Where log lines go (standard output unless given: tests read them). */ logDestination?: pino.DestinationStream } = {},
): Promise<RunningApp> {
  const config = loadConfig(env);
  const now = opts.now ?? (() => new Date());
  const logOptions = { level: config.logLevel, base: { app: 'forvaltningsstod' } };
  const logger = opts.logDestination ? pino(logOptions, opts.logDestination) : pino(logOptions);

  // TEST_CRASH_AT (tests only): the process dies on the spot, as in a power cut.
  const store = await openStore(config, crashAt(config.testCrashAt, () => process.kill(process.pid, 'SIGKILL')));
  const ctx = { store, now, timeZone: config.timeZone };
  const seeded = await seed(ctx, { demo: config.seedDemo });
  // The adapters (api, bot, jobs, web) get the use cases, never the store.
  const useCases = createUseCases(ctx, { ...(await graphServices(config, logger)), lists: config.roles });
  if (seeded.activities) logger.info({ activities: seeded.activities }, 'seeded demo activity log');

  // Links in cards need the external address; without PUBLIC_URL it is known once the server listens.
  let publicUrl = config.publicUrl ?? '';
  const signingKey =
    config.calendarSigningKey ?? (await store.settings.getOrCreate(CALENDAR_KEY_SETTING, () => randomBytes(32).toString('base64url')));
  const links = calendarLinks(signingKey, () => publicUrl);
  const calendarUrl = links.url;
  const restlistaUrl = restlistaLinks(() => publicUrl, config.teamsAppId);

  // The bot core and the SDK adapter need each other (the core updates posted cards through the
  // adapter's sender): the core gets a sender that forwards to the adapter's once it exists.
  const botOff = async () => ({ ok: false as const, status: 503, retryAfterMs: null, error: 'the bot is off (no BOT_ID)' });
  let adapterSender: ProactiveSender = { send: botOff, update: botOff };
  const sender: ProactiveSender = {
    send: (reference, message) => adapterSender.send(reference, message),
    update: (reference, activityId, message) => adapterSender.update(reference, activityId, message),
  };

  const botLogger = logger.child({ component: 'bot' });
  const bot = createBot({
    useCases,
    identify: createBotIdentify(config, useCases.access),
    defaultLocale: config.defaultLocale,
    calendarUrl,
    logger: botLogger,
    services: { sender, restlistaUrl },
  });
  const framework =
    config.bot.mode === 'off'
      ? null
      : createBotFramework({
          bot: config.bot,
          core: bot,
          logger: botLogger,
          defaultLocale: config.defaultLocale,
          timeZone: config.timeZone,
        });
  if (framework) adapterSender = framework.sender;
  else logger.warn('the bot is off: set BOT_ID (and BOT_TENANT_ID, BOT_PASSWORD) to serve /api/messages on this host');
  const notifier = createNotifier({
    delivery: useCases.delivery,
    sender,
    compose: createNoticeComposer({
      useCases,
      defaultLocale: config.defaultLocale,
      calendarUrl,
      followUp: createFollowUpComposer({ useCases, defaultLocale: config.defaultLocale, restlistaUrl }),
    }),
    now,
    logger: logger.child({ component: 'notifier' }),
    invitations: useCases.invitations,
    options: {
      perSecond: config.sendRatePerSecond,
      leaseMs: config.jobLeaseMs,
      invitationRetry: { ...DEFAULT_NOTIFIER_OPTIONS.invitationRetry, baseDelayMs: config.invitations.retryBaseMs },
    },
  });
  const scheduler = createScheduler({
    useCases,
    notifier,
    intervalMs: config.notifierIntervalMs,
    leaseMs: config.jobLeaseMs,
    rosterRefreshMs: config.rosterRefreshMs,
    invitationRecheckMs: config.invitations.recheckMs,
    logger,
  });

  const server = createServer({
    useCases,
    defaultLocale: config.defaultLocale,
    maxBodyBytes: config.maxBodyBytes,
    authMode: config.auth.mode,
    identify: createIdentify(config, useCases.access),
    logger,
    requestLogLevel: config.auth.mode === 'dev' ? 'debug' : 'info',
    tabDir: path.join(projectRoot(), 'dist', 'tab'),
    ...(framework
      ? {
          registerBot: (server: Server) =>
            registerMessagesEndpoint(server, {
              processor: framework,
              auth: config.bot.mode === 'authenticated' ? { mode: 'authenticated', appId: config.bot.appId } : { mode: 'anonymous' },
              maxBodyBytes: Math.max(config.maxBodyBytes, BOT_MAX_BODY_BYTES),
              defaultLocale: config.defaultLocale,
              publicUrl: () => publicUrl || null,
              logger: botLogger,
              now,
            }),
        }
      : {}),
    calendar: { links, uidDomain: () => new URL(publicUrl).hostname },
    consent:
      config.graph.mode === 'on'
        ? { authorityHost: config.graph.authorityHost, tenantId: config.graph.tenantId, clientId: config.graph.clientId, graphEndpoint: config.graph.endpoint, publicUrl: () => publicUrl }
        : null,
  });
  const url = await listen(server, config.port, config.host);
  if (!config.publicUrl) {
    publicUrl = url.replace('127.0.0.1', 'localhost');
    if (config.bot.mode === 'authenticated') logger.warn({ publicUrl }, 'PUBLIC_URL is unset: links in cards point to the address the server listens on');
  }
  if (framework) scheduler.start();
  return {
    url,
    publicUrl,
    config,
    store,
    routes: servedRoutes(server),
    jobs: scheduler,
    close: async () => {
      await scheduler.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}

/** How long a directory search's answer is kept, and for how many searches at most. */
const DIRECTORY_CACHE = { ttlMs: 60_000, maxEntries: 2_000 };
/** How long reading a team's roster may take, retries for Retry-After included (a bot turn may wait for it). */
const ROSTER_TIMEOUT_MS = 10_000;
/** How much longer than a search one call to the trainings mailbox may take before the outbox tries again (nobody waits for it). */
const INVITATION_TIMEOUT_FACTOR = 3;

/**
 * Microsoft Graph when it is configured: the directory on the caller's behalf and the team
 * rosters with the app's own token. Otherwise the demo staff in dev mode with demo data, or
 * nothing (the app's own people; roles from the lists).
 */
async function graphServices(config: Config, logger: pino.Logger): Promise<{ directory: Directory; rosters?: TeamRosters; invitations?: InvitationServices }> {
  if (config.graph.mode === 'on') {
    // Loaded only when Graph is on: the Graph client and the token exchange stay out of a process that does not use them.
    const [{ graphCredentials }, { createGraphDirectory }, { cachedDirectory }, { createGraphTeamRosters }, { createGraphTrainingEvents }, { createGraphPeopleAddresses }] =
      await Promise.all([
        import('./graph/credentials'),
        import('./graph/graphDirectory'),
        import('./graph/cachedDirectory'),
        import('./graph/graphTeamRosters'),
        import('./graph/graphTrainingEvents'),
        import('./graph/graphPeopleAddresses'),
      ]);
    const { endpoint, interactiveTimeoutMs } = config.graph;
    const graphLogger = logger.child({ component: 'graph' });
    graphLogger.info({ endpoint, authorityHost: config.graph.authorityHost, credential: config.graph.credential.kind }, 'Microsoft Graph is on');
    const credentials = graphCredentials(config.graph);
    const graph = createGraphDirectory({ credentials, endpoint, timeoutMs: interactiveTimeoutMs, logger: graphLogger });
    const { mailbox } = config.invitations;
    if (mailbox) graphLogger.info({ mailbox }, 'Outlook invitations for trainings are on');
    return {
      directory: cachedDirectory(graph, DIRECTORY_CACHE),
      rosters: createGraphTeamRosters({ credential: credentials.appOnly, endpoint, timeoutMs: ROSTER_TIMEOUT_MS, logger: graphLogger }),
      ...(mailbox
        ? {
            invitations: {
              events: createGraphTrainingEvents({ credential: credentials.appOnly, endpoint, mailbox, timeoutMs: INVITATION_TIMEOUT_FACTOR * interactiveTimeoutMs, logger: graphLogger }),
              addresses: createGraphPeopleAddresses({ credential: credentials.appOnly, endpoint, timeoutMs: INVITATION_TIMEOUT_FACTOR * interactiveTimeoutMs, logger: graphLogger }),
              locale: config.defaultLocale,
            },
          }
        : {}),
    };
  }
  if (config.invitations.mailbox) {
    logger.warn({ component: 'graph', reason: config.graph.reason }, 'TRAININGS_MAILBOX is set but Microsoft Graph is off: no Outlook invitations, the .ics file as before');
  }
  if (config.auth.mode === 'entra') logger.warn({ component: 'graph', reason: config.graph.reason }, 'Microsoft Graph is off: people pickers offer only the people the app knows, and roles come from the ROLE_* lists');
  return { directory: config.auth.mode === 'dev' && config.seedDemo ? createDemoDirectory() : NO_DIRECTORY };
}

/** The listen error of a port another process holds (EADDRINUSE), with the port and address it names. */
function portInUse(error: unknown): { port: number; address: string } | null {
  const e = error as { code?: unknown; port?: unknown; address?: unknown };
  return e && e.code === 'EADDRINUSE' ? { port: Number(e.port), address: String(e.address) } : null;
}

async function main(): Promise<void> {
  let app: RunningApp;
  try {
    app = await startApp(process.env);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof StoreOpenError) {
      console.error(`Förvaltningsstöd could not start.\n${error.message}`);
      process.exit(1);
    }
    const taken = portInUse(error);
    if (taken) {
      console.error(`Förvaltningsstöd could not start.\n  - port ${taken.port} on ${taken.address} is already in use — stop what runs there, or set PORT`);
      process.exit(1);
    }
    throw error;
  }
  const base = app.url.replace('127.0.0.1', 'localhost');
  console.log(
    [
      `Förvaltningsstöd is running (${app.config.auth.mode === 'dev' ? 'dev sign-in: demo users' : 'Entra ID sign-in'}, data in ${storeLocation(app.config)})`,
      `  Tab:        ${base}/tab/index.html`,
      `  Health:     ${base}/healthz`,
      `  Me:         ${base}/api/me`,
      `  Activities: ${base}/api/activities`,
      `  Restlista:  ${base}/api/restlista`,
      `  Checklist:  ${base}/api/checklist`,
      `  Export:     ${base}/api/activities/export?format=xlsx`,
      `  Bot:        ${app.config.bot.mode === 'off' ? 'off (set BOT_ID)' : `${base}/api/messages (${app.config.bot.mode === 'anonymous' ? 'anonymous, local only' : 'Bot Framework tokens'})`}`,
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
