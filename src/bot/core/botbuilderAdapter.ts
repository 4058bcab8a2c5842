import type { Logger } from 'pino';
import {
  Activity,
  CloudAdapter,
  InvokeResponse,
  ConfigurationBotFrameworkAuthentication,
  ConversationReference as BfConversationReference,
  INVOKE_RESPONSE_KEY,
  TeamsActivityHandler,
  TeamsInfo,
  TurnContext,
} from 'botbuilder';
import { Config } from '../../config';
import { ConversationReference } from '../../domain/notification';
import { Locale } from '../../i18n';
import { BOT_FRAMEWORK_ISSUER } from '../../auth/botFrameworkToken';
import { BotCore, internalError } from './bot';
import { ActivityEnvelope } from './activityEnvelope';
import { ActivityProcessor, ProcessOutcome } from './messagesEndpoint';
import { toBotTurn, BotOutput, BotTurn, OutgoingMessage, ProactiveSender, SendOutcome } from './turn';

/**
 * The ONLY file that knows botbuilder (archived; a move to @microsoft/agents-hosting replaces
 * just this file). It builds the CloudAdapter from config, runs each activity that passed the
 * door of /api/messages (messagesEndpoint.ts) through the SDK's signature check, turns the
 * TurnContext into a BotTurn for the core and performs the BotOutput, and sends (or updates in
 * place) proactive messages for the scheduler and the bot (ProactiveSender).
 */
export interface BotFramework extends ActivityProcessor {
  sender: ProactiveSender;
}

export interface BotFrameworkOptions {
  bot: Exclude<Config['bot'], { mode: 'off' }>;
  core: BotCore;
  logger: Logger;
  defaultLocale: Locale;
  timeZone: string;
}

/** How long a welcome waits for Teams to name the person who installed the app. */
const MEMBER_LOOKUP_MS = 3000;

/** The handler only translates: TurnContext → BotTurn → core → what the core said to do. */
class CoreActivityHandler extends TeamsActivityHandler {
  constructor(private readonly core: BotCore, private readonly logger: Logger) {
    super();
  }

  protected override async onTurnActivity(context: TurnContext): Promise<void> {
    const turn = await withMemberName(context, toBotTurn(context.activity), this.logger);
    const output = await this.core.handle(turn);
    await perform(context, output, this.logger);
  }
}

/**
 * Teams' installationUpdate and conversationUpdate carry no `from.name`: for a welcome, ask
 * Teams for the member (GET …/conversations/{id}/members/{userId}). When Teams cannot say, the
 * turn stays without a name and the welcome greets without one — never with an id.
 */
async function withMemberName(context: TurnContext, turn: BotTurn, logger: Logger): Promise<BotTurn> {
  if (turn.kind !== 'installed' || turn.team || !turn.actor || turn.actor.name) return turn;
  const actor = turn.actor;
  try {
    const member = await Promise.race([
      TeamsInfo.getMember(context, actor.channelUserId),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), MEMBER_LOOKUP_MS).unref()),
    ]);
    const name = typeof member?.name === 'string' ? member.name.trim().slice(0, 200) : '';
    return name ? { ...turn, actor: { ...actor, name } } : turn;
  } catch (error) {
    logger.warn({ err: error, user: actor.aadObjectId ?? undefined }, 'could not look up the member for the welcome');
    return turn;
  }
}

/** The SDK's public-cloud settings, with the channel's OpenID metadata from config (BOT_OPENID_METADATA_URL). */
function authenticationSettings(bot: BotFrameworkOptions['bot']): Record<string, string | boolean> {
  if (bot.mode !== 'authenticated') return {};
  return {
    MicrosoftAppId: bot.appId,
    MicrosoftAppType: bot.appType,
    MicrosoftAppTenantId: bot.tenantId,
    ...(bot.password ? { MicrosoftAppPassword: bot.password } : {}),
    // Any of these given means all are used as given: botbuilder's own defaults for the public cloud.
    ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
    ToChannelFromBotOAuthScope: 'https://api.botframework.com',
    ToBotFromChannelTokenIssuer: BOT_FRAMEWORK_ISSUER,
    OAuthUrl: 'https://api.botframework.com',
    ToBotFromChannelOpenIdMetadataUrl: bot.openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
    CallerId: 'urn:botframework:azure',
    ValidateAuthority: true,
  };
}

/** The signing keys could not be had (metadata or keys unreachable): not the caller's fault. */
class SigningKeysUnavailable extends Error {
  constructor(override readonly cause: unknown) {
    super('the Bot Framework signing keys are unavailable');
    this.name = 'SigningKeysUnavailable';
  }
}

/**
 * The token's fault, not the keys': botbuilder's AuthenticationError with 401 (no such key, not
 * endorsed for the channel, expired), or what jsonwebtoken throws for a bad signature or claim.
 * Anything else while authenticating is the keys that could not be fetched.
 */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);
const isRefusal = (error: unknown): boolean => {
  const e = error as { statusCode?: unknown; name?: unknown } | null;
  return e?.statusCode === 401 || TOKEN_ERRORS.has(String(e?.name));
};

/** The SDK's authentication, with a refused token and unreachable keys told apart (401 vs 503). */
class DoorAuthentication extends ConfigurationBotFrameworkAuthentication {
  override async authenticateRequest(activity: Activity, authHeader: string): ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']> {
    try {
      return await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      if (isRefusal(error)) throw error;
      throw new SigningKeysUnavailable(error);
    }
  }
}

/** CloudAdapter with its activity processing (authenticate, run the turn, the invoke response) callable: `process(req, res)` would also write the HTTP answer, with internal error texts. */
class DoorAdapter extends CloudAdapter {
  run(authorization: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authorization, activity, logic);
  }
}

/** What the SDK's request handling does to a parsed body: timestamps as Dates (the raw text kept). */
function asSdkActivity(envelope: ActivityEnvelope): Activity {
  const activity = { ...envelope } as Record<string, unknown>;
  for (const field of ['timestamp', 'localTimestamp', 'expiration'] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[`raw${field[0]!.toUpperCase()}${field.slice(1)}`] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}

const toActivity = (message: OutgoingMessage): Partial<Activity> => ({
  type: 'message',
  ...(message.text ? { text: message.text } : {}),
  ...(message.summary ? { summary: message.summary } : {}),
  ...(message.card ? { attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: message.card }] } : {}),
});

async function perform(context: TurnContext, output: BotOutput, logger: Logger): Promise<void> {
  // A message that cannot be delivered must not cost the person the answer to their click.
  const attempt = async (what: string, send: () => Promise<unknown>) => {
    try {
      await send();
    } catch (error) {
      logger.warn({ err: error, what, conversation: context.activity.conversation?.id }, 'bot reply failed');
    }
  };
  if (output.update) {
    const update = output.update;
    await attempt('update', () => context.updateActivity({ ...toActivity(update.message), id: update.activityId }));
  }
  for (const message of output.send) await attempt('send', () => context.sendActivity(toActivity(message)));
  if (output.invokeReply) await context.sendActivity({ type: 'invokeResponse', value: output.invokeReply });
}

const toBfReference = (r: ConversationReference): Partial<BfConversationReference> => ({
  channelId: r.channelId,
  serviceUrl: r.serviceUrl,
  conversation: {
    id: r.conversation.id,
    conversationType: r.conversation.conversationType ?? 'personal',
    tenantId: r.conversation.tenantId,
    isGroup: (r.conversation.conversationType ?? 'personal') !== 'personal',
    name: '',
  },
  bot: { id: r.bot.id, name: r.bot.name ?? '' },
  user: { id: r.user.id, name: r.user.name ?? '', aadObjectId: r.user.aadObjectId },
  ...(r.locale ? { locale: r.locale } : {}),
});

interface RestErrorLike {
  statusCode?: number;
  message?: string;
  response?: { status?: number; headers?: { get?(name: string): string | undefined } };
}

function failureOf(error: unknown): SendOutcome {
  const e = (error ?? {}) as RestErrorLike;
  const status = e.response?.status ?? e.statusCode ?? null;
  const retryAfter = e.response?.headers?.get?.('retry-after');
  const seconds = retryAfter === undefined ? NaN : Number(retryAfter);
  const dateMs = retryAfter === undefined || Number.isFinite(seconds) ? NaN : Date.parse(retryAfter) - Date.now();
  const retryAfterMs = Number.isFinite(seconds) ? Math.max(0, seconds * 1000) : Number.isFinite(dateMs) ? Math.max(0, dateMs) : null;
  return { ok: false, status, retryAfterMs, error: `${status ?? 'network'}: ${String(e.message ?? error).slice(0, 300)}` };
}

/**
 * The connector client retries 429 and 5xx by itself, up to three times within one call. The
 * notifier owns retries for proactive messages (stored, with backoff and Retry-After, without
 * holding up a scheduler tick), so that policy is taken out of the client used for them.
 * botbuilder keeps the pipeline in a private field: checked, and skipped if it is not there.
 */
interface ProactiveConversations {
  sendToConversation(id: string, activity: Partial<Activity>): Promise<{ id?: string }>;
  updateActivity(conversationId: string, activityId: string, activity: Partial<Activity>): Promise<{ id?: string }>;
}

function withoutSdkRetries(context: TurnContext): { conversations: ProactiveConversations } {
  const client = context.turnState.get(context.adapter.ConnectorClientKey);
  const pipeline = (client as { client?: { pipeline?: { removePolicy?(p: { name: string }): unknown } } })?.client?.pipeline;
  pipeline?.removePolicy?.({ name: 'defaultRetryPolicy' });
  return client;
}

export function createBotFramework(options: BotFrameworkOptions): BotFramework {
  const { bot, core, logger } = options;
  const adapter = new DoorAdapter(new DoorAuthentication(authenticationSettings(bot)));
  const appId = bot.mode === 'authenticated' ? bot.appId : '';
  const handler = new CoreActivityHandler(core, logger);

  adapter.onTurnError = async (context, error) => {
    logger.error({ err: error, type: context.activity.type }, 'bot turn error');
    if (context.activity.type === 'invoke' && !context.turnState.get(INVOKE_RESPONSE_KEY)) {
      const output = internalError({ kind: 'invoke' }, options.defaultLocale, options.timeZone);
      await context.sendActivity({ type: 'invokeResponse', value: output.invokeReply }).catch(() => undefined);
    }
  };

  /** Runs one connector call in a proactive turn for the stored conversation (POST or PUT /v3/conversations/…/activities). */
  async function proactive(reference: ConversationReference, call: (conversations: ProactiveConversations) => Promise<{ id?: string }>): Promise<SendOutcome> {
    // Caught inside the turn: an error thrown there would go to onTurnError, not to us.
    let outcome: SendOutcome = { ok: false, status: null, retryAfterMs: null, error: 'not sent' };
    try {
      await adapter.continueConversationAsync(appId, toBfReference(reference), async (context) => {
        try {
          const sent = await call(withoutSdkRetries(context).conversations);
          outcome = { ok: true, activityId: sent?.id ?? null };
        } catch (error) {
          outcome = failureOf(error);
        }
      });
    } catch (error) {
      outcome = failureOf(error); // e.g. no token for the app registration
    }
    return outcome;
  }

  return {
    async process(activity, authorization): Promise<ProcessOutcome> {
      try {
        const answer = await adapter.run(authorization, asSdkActivity(activity), (context) => handler.run(context));
        return { kind: 'answered', status: answer?.status ?? 200, body: answer?.body };
      } catch (error) {
        if (error instanceof SigningKeysUnavailable) return { kind: 'keysUnavailable', cause: error.cause };
        if (isRefusal(error)) return { kind: 'unauthorized' };
        throw error;
      }
    },
    sender: {
      send: (reference, message) =>
        proactive(reference, (conversations) => conversations.sendToConversation(reference.conversation.id, toActivity(message))),
      update: async (reference, activityId, message) => {
        const outcome = await proactive(reference, (conversations) =>
          conversations.updateActivity(reference.conversation.id, activityId, { ...toActivity(message), id: activityId }),
        );
        // The connector answers an update with the message's id, or nothing.
        return outcome.ok ? { ok: true, activityId: outcome.activityId ?? activityId } : outcome;
      },
    },
  };
}
