import { z } from 'zod';
import { DateTime } from 'luxon';
import { isIP } from 'node:net';
import { entraDefaults } from './auth/entraToken';
import { BOT_FRAMEWORK_OPENID_METADATA_URL } from './auth/botFrameworkToken';
import { CRASH_POINTS, CrashPoint } from './store/crashPoints';
import type { StorageSettings } from './store/openStore';
import { GraphSettings, MICROSOFT_AUTHORITY_HOST, MICROSOFT_GRAPH_ENDPOINT } from './graph/graphSettings';

/**
 * All configuration, read once from environment variables and validated. A bad value stops
 * the start with a message that names the variable. Documented in README and env/.
 */
const list = z
  .string()
  .optional()
  .transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean));

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
    .optional()
    .transform((v) => (v === undefined ? fallback : ['true', '1', 'yes'].includes(v)));

const schema = z
  .object({
    NODE_ENV: z.string().optional().default('development'),
    PORT: z.coerce
      .number({ message: 'must be a number' })
      .int({ message: 'must be a port number, 1–65535 (0: any free port)' })
      .min(0, { message: 'must be a port number, 1–65535 (0: any free port)' })
      .max(65535, { message: 'must be a port number, 1–65535 (0: any free port)' })
      .default(3978),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATA_DIR: z.string().min(1).default('./data'),
    STORAGE: z.enum(['sqlite', 'azure-table'], { message: 'must be sqlite or azure-table' }).default('sqlite'),
    AZURE_TABLE_ENDPOINT: z
      .string()
      .url({ message: 'must be the Table service URL, e.g. https://<account>.table.core.windows.net' })
      .optional(),
    AZURE_TABLE_CONNECTION_STRING: z.string().optional(),
    AZURE_TABLE_NAME: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9]{2,62}$/, { message: 'must be 3–63 letters and digits, starting with a letter' })
      .default('forvaltningsstod'),
    AZURE_CLIENT_ID: z.string().optional(),
    DEFAULT_LOCALE: z.enum(['sv', 'en'], { message: 'must be sv or en' }).default('sv'),
    TIME_ZONE: z
      .string()
      .default('Europe/Stockholm')
      .refine((zone) => DateTime.local().setZone(zone).isValid, { message: 'must be an IANA time zone such as Europe/Stockholm' }),
    SEED_DEMO: bool(true),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(10_000_000).default(64 * 1024),

    AUTH_MODE: z.enum(['entra', 'dev'], { message: 'must be entra or dev' }).default('dev'),
    AUTH_TENANT_ID: z.string().optional(),
    AUTH_CLIENT_ID: z.string().optional(),
    AUTH_AUDIENCE: list,
    AUTH_ISSUER: z.string().url().optional(),
    AUTH_JWKS_URL: z.string().url().optional(),
    AUTH_SCOPE: z.string().min(1).default('access_as_user'),
    AUTH_CLIENT_SECRET: z.string().optional(),
    AUTH_AUTHORITY_HOST: z
      .string()
      .url({ message: 'must be the Entra ID authority host, e.g. https://login.microsoftonline.com' })
      .refine((v) => /^https:\/\//i.test(v), { message: 'must start with https:// (MSAL talks to HTTPS authorities only)' })
      .default(MICROSOFT_AUTHORITY_HOST),
    GRAPH: z.enum(['on', 'off'], { message: 'must be on or off' }).default('on'),
    GRAPH_ENDPOINT: z
      .string()
      .url({ message: 'must be the Microsoft Graph endpoint, e.g. https://graph.microsoft.com' })
      .refine((v) => /^https:\/\/[^/]+\/?$/i.test(v), { message: 'must be https://<host>[:port] without a path' })
      .default(MICROSOFT_GRAPH_ENDPOINT),
    ROSTER_REFRESH_MS: z.coerce.number({ message: 'must be a number' }).int().min(1000).max(24 * 60 * 60_000).default(15 * 60_000),
    TRAININGS_MAILBOX: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || undefined)
      .refine((v) => v === undefined || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), { message: 'must be the trainings mailbox\'s address, e.g. utbildning@example.se' }),
    INVITATION_RECHECK_MS: z.coerce.number({ message: 'must be a number' }).int().min(1000).max(24 * 60 * 60_000).default(10 * 60_000),
    INVITATION_RETRY_MS: z.coerce.number({ message: 'must be a number' }).int().min(100).max(60 * 60_000).default(10_000),
    GRAPH_TIMEOUT_MS: z.coerce.number({ message: 'must be a number' }).int().min(100).max(60_000).default(3000),

    ROLE_FORVALTNINGSLEDARE: list,
    ROLE_MEMBERS: list,
    ROLE_PROJEKTAGARE: list,

    BOT_ID: z.string().optional(),
    BOT_TYPE: z.enum(['SingleTenant', 'UserAssignedMSI'], { message: 'must be SingleTenant or UserAssignedMSI' }).default('SingleTenant'),
    BOT_TENANT_ID: z.string().optional(),
    BOT_PASSWORD: z.string().optional(),
    BOT_OPENID_METADATA_URL: z
      .string()
      .url({ message: 'must be the URL of the Bot Framework OpenID metadata document' })
      .default(BOT_FRAMEWORK_OPENID_METADATA_URL),
    CALENDAR_SIGNING_KEY: z.string().min(32, { message: 'must be at least 32 characters' }).optional(),
    PUBLIC_URL: z
      .string()
      .url({ message: 'must be the app\'s external base URL, e.g. https://forvaltningsstod.example.se' })
      .refine((v) => /^https?:\/\//i.test(v), { message: 'must start with https:// (or http:// locally)' })
      .optional(),
    NOTIFIER_INTERVAL_MS: z.coerce.number({ message: 'must be a number' }).int().min(0).max(24 * 60 * 60_000).default(30_000),
    SEND_RATE_PER_SECOND: z.coerce
      .number({ message: 'must be a number' })
      .min(0.1, { message: 'must be between 0.1 and 50 (Teams allows a bot about 50 messages per second per tenant)' })
      .max(50, { message: 'must be between 0.1 and 50 (Teams allows a bot about 50 messages per second per tenant)' })
      .default(30),
    JOB_LEASE_MS: z.coerce.number({ message: 'must be a number' }).int().min(1000, { message: 'must be at least 1000' }).max(60 * 60_000).default(30_000),
    TEST_CRASH_AT: z
      .string()
      .regex(new RegExp(`^(${CRASH_POINTS.join('|').replace(/\./g, '\\.')})(:[1-9][0-9]{0,5})?$`), {
        message: `must be <point>[:<n>] with a point of ${CRASH_POINTS.join(', ')} (a test hook)`,
      })
      .optional(),
    TEAMS_APP_ID: z
      .string()
      .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { message: 'must be the Teams app id from the manifest (a GUID)' })
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (env.STORAGE === 'azure-table' && !env.AZURE_TABLE_ENDPOINT && !env.AZURE_TABLE_CONNECTION_STRING) {
      ctx.addIssue({
        code: 'custom',
        path: ['AZURE_TABLE_ENDPOINT'],
        message: 'is required when STORAGE=azure-table (or set AZURE_TABLE_CONNECTION_STRING, e.g. for Azurite)',
      });
    }
    if (env.AUTH_MODE === 'entra') {
      for (const name of ['AUTH_TENANT_ID', 'AUTH_CLIENT_ID'] as const) {
        if (!env[name]) ctx.addIssue({ code: 'custom', path: [name], message: 'is required when AUTH_MODE=entra' });
      }
    }
    if (env.BOT_ID) {
      if (!env.BOT_TENANT_ID) ctx.addIssue({ code: 'custom', path: ['BOT_TENANT_ID'], message: 'is required when BOT_ID is set' });
      if (env.BOT_TYPE === 'SingleTenant' && !env.BOT_PASSWORD) {
        ctx.addIssue({ code: 'custom', path: ['BOT_PASSWORD'], message: 'is required when BOT_TYPE=SingleTenant' });
      }
    }
    if (env.TEST_CRASH_AT && env.NODE_ENV === 'production') {
      ctx.addIssue({ code: 'custom', path: ['TEST_CRASH_AT'], message: 'stops the process on purpose (a test hook) and is refused when NODE_ENV=production' });
    }
    if (env.AUTH_MODE === 'dev') {
      if (!isLoopback(env.HOST)) {
        ctx.addIssue({
          code: 'custom',
          path: ['AUTH_MODE'],
          message: `dev signs everyone in as a demo user, so it only runs on a loopback HOST (HOST is ${env.HOST}); set AUTH_MODE=entra`,
        });
      }
      if (env.NODE_ENV === 'production') {
        ctx.addIssue({
          code: 'custom',
          path: ['AUTH_MODE'],
          message: 'dev signs everyone in as a demo user and is refused when NODE_ENV=production; set AUTH_MODE=entra',
        });
      }
    }
  });

export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1' || host === '[::1]';
}

export interface Config {
  nodeEnv: string;
  port: number;
  host: string;
  dataDir: string;
  /** Where the data lives (store/openStore.ts StorageSettings): SQLite in dataDir, or Azure Table Storage. */
  storage: StorageSettings;
  defaultLocale: 'sv' | 'en';
  timeZone: string;
  seedDemo: boolean;
  logLevel: string;
  maxBodyBytes: number;
  auth:
    | { mode: 'dev' }
    | {
        mode: 'entra';
        tenantId: string;
        clientId: string;
        audiences: string[];
        issuer: string;
        jwksUrl: string;
        scope: string;
      };
  roles: { leads: string[]; members: string[]; projectOwners: string[] };
  /** Microsoft Graph (graph/): on with AUTH_MODE=entra and a credential, unless GRAPH=off. */
  graph: GraphSettings;
  /** How often the scheduler reads the förvaltning team's roster again (owner promotions send Teams no event). */
  rosterRefreshMs: number;
  /**
   * Outlook invitations for trainings (issue 14): the trainings mailbox (TRAININGS_MAILBOX; null = off,
   * the .ics file as before — also when Graph is off), how often every upcoming training's event is
   * checked, and the first retry's backoff after Graph failed.
   */
  invitations: { mailbox: string | null; recheckMs: number; retryBaseMs: number };
  /**
   * The bot (POST /api/messages). `anonymous`: no BOT_ID on a loopback HOST outside production —
   * local use (playground, tests) without Bot Framework tokens. `off`: no BOT_ID elsewhere, so
   * nobody can post unauthenticated activities to a reachable server.
   */
  bot:
    | { mode: 'anonymous' | 'off' }
    | {
        mode: 'authenticated';
        appId: string;
        appType: 'SingleTenant' | 'UserAssignedMSI';
        tenantId: string;
        password: string | null;
        /** Where the Bot Connector's signing keys are published (login.botframework.com unless set). */
        openIdMetadataUrl: string;
      };
  /** Secret for the signed calendar (.ics) links; null = generated once and kept in the store. */
  calendarSigningKey: string | null;
  /** The app's external base URL for links in cards (no trailing slash); null = the address it listens on. */
  publicUrl: string | null;
  /** How often the scheduler runs (reminders, outbox); 0 = never by itself (tests call tick()). */
  notifierIntervalMs: number;
  /** Proactive messages per second across all conversations (each conversation also at most 7 per second). */
  sendRatePerSecond: number;
  /** How long the scheduler's tick and a claimed outbox message are held before another instance may take over. */
  jobLeaseMs: number;
  /** The Teams app's id (manifest): card links open the tab inside Teams; null = the tab's URL. */
  teamsAppId: string | null;
  /** Tests only: stop the process dead at this point of the store's write path (store/crashPoints.ts). */
  testCrashAt: { point: CrashPoint; nth: number } | null;
}

/**
 * Graph needs Entra sign-in (the on-behalf-of exchange starts from the user's SSO token) and a
 * credential for the app registration: its client secret, or the web app's managed identity
 * (AZURE_CLIENT_ID) trusted by a federated identity credential.
 */
function graphSettings(e: z.infer<typeof schema>): GraphSettings {
  if (e.GRAPH === 'off') return { mode: 'off', reason: 'GRAPH=off' };
  if (e.AUTH_MODE !== 'entra') return { mode: 'off', reason: 'AUTH_MODE=dev' };
  const credential = e.AUTH_CLIENT_SECRET
    ? ({ kind: 'secret', secret: e.AUTH_CLIENT_SECRET } as const)
    : e.AZURE_CLIENT_ID
      ? ({ kind: 'managed-identity', managedIdentityClientId: e.AZURE_CLIENT_ID } as const)
      : null;
  if (!credential) return { mode: 'off', reason: 'no credential (set AUTH_CLIENT_SECRET, or AZURE_CLIENT_ID for a managed identity)' };
  return {
    mode: 'on',
    tenantId: e.AUTH_TENANT_ID ?? '',
    clientId: e.AUTH_CLIENT_ID ?? '',
    authorityHost: e.AUTH_AUTHORITY_HOST.replace(/\/+$/, ''),
    endpoint: e.GRAPH_ENDPOINT.replace(/\/+$/, ''),
    credential,
    interactiveTimeoutMs: e.GRAPH_TIMEOUT_MS,
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the configuration from `env` (process.env in the app); throws ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  // An empty variable counts as unset, as in .env files with placeholders left blank.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'config'}: ${i.message}`));
  }
  const e = parsed.data;
  const tenantId = e.AUTH_TENANT_ID ?? '';
  const clientId = e.AUTH_CLIENT_ID ?? '';
  const entra = entraDefaults(tenantId, clientId);
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    storage:
      e.STORAGE === 'sqlite'
        ? { backend: 'sqlite' }
        : {
            backend: 'azure-table',
            tableName: e.AZURE_TABLE_NAME,
            endpoint: e.AZURE_TABLE_ENDPOINT ?? null,
            connectionString: e.AZURE_TABLE_CONNECTION_STRING ?? null,
            managedIdentityClientId: e.AZURE_CLIENT_ID ?? null,
          },
    defaultLocale: e.DEFAULT_LOCALE,
    timeZone: e.TIME_ZONE,
    seedDemo: e.SEED_DEMO,
    logLevel: e.LOG_LEVEL,
    maxBodyBytes: e.MAX_BODY_BYTES,
    auth:
      e.AUTH_MODE === 'dev'
        ? { mode: 'dev' }
        : {
            mode: 'entra',
            tenantId,
            clientId,
            audiences: e.AUTH_AUDIENCE.length ? e.AUTH_AUDIENCE : entra.audiences,
            issuer: e.AUTH_ISSUER ?? entra.issuer,
            jwksUrl: e.AUTH_JWKS_URL ?? entra.jwksUrl,
            scope: e.AUTH_SCOPE,
          },
    roles: { leads: e.ROLE_FORVALTNINGSLEDARE, members: e.ROLE_MEMBERS, projectOwners: e.ROLE_PROJEKTAGARE },
    graph: graphSettings(e),
    rosterRefreshMs: e.ROSTER_REFRESH_MS,
    invitations: { mailbox: e.TRAININGS_MAILBOX ?? null, recheckMs: e.INVITATION_RECHECK_MS, retryBaseMs: e.INVITATION_RETRY_MS },
    bot: e.BOT_ID
      ? {
          mode: 'authenticated',
          appId: e.BOT_ID,
          appType: e.BOT_TYPE,
          tenantId: e.BOT_TENANT_ID ?? '',
          password: e.BOT_PASSWORD ?? null,
          openIdMetadataUrl: e.BOT_OPENID_METADATA_URL,
        }
      : { mode: isLoopback(e.HOST) && e.NODE_ENV !== 'production' ? 'anonymous' : 'off' },
    calendarSigningKey: e.CALENDAR_SIGNING_KEY ?? null,
    publicUrl: e.PUBLIC_URL ? e.PUBLIC_URL.replace(/\/+$/, '') : null,
    notifierIntervalMs: e.NOTIFIER_INTERVAL_MS,
    sendRatePerSecond: e.SEND_RATE_PER_SECOND,
    jobLeaseMs: e.JOB_LEASE_MS,
    teamsAppId: e.TEAMS_APP_ID ?? null,
    testCrashAt: e.TEST_CRASH_AT
      ? { point: e.TEST_CRASH_AT.split(':')[0] as CrashPoint, nth: Number(e.TEST_CRASH_AT.split(':')[1] ?? 1) }
      : null,
  };
}
