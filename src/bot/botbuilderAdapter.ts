import restify, { Server } from 'restify';
import type { Logger } from 'pino';
import {
  Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationReference as BfConversationReference,
  INVOKE_RESPONSE_KEY,
  TeamsActivityHandler,
  TurnContext,
} from 'botbuilder';
import { Config } from '../config';
import { ConversationReference } from '../domain/notification';
import { Locale } from '../i18n';
import { BotCore, internalError } from './bot';
import { toBotTurn, BotOutput, OutgoingMessage, ProactiveSender, SendOutcome } from './turn';

/**
 * The ONLY file that knows botbuilder (archived; a move to @microsoft/agents-hosting replaces
 * just this file). It builds the CloudAdapter from config, turns each TurnContext into a
 * BotTurn for the core and performs the BotOutput, registers POST /api/messages, and sends (or
 * updates in place) proactive messages for the scheduler and the bot (ProactiveSender).
 */
export interface BotFramework {
  /** POST /api/messages on the server, with a JSON body parser on that route only. */
  register(server: Server): void;
  sender: ProactiveSender;
}

export interface BotFrameworkOptions {
  bot: Exclude<Config['bot'], { mode: 'off' }>;
  core: BotCore;
  logger: Logger;
  /** Largest accepted activity (413 above). */
  maxBodyBytes: number;
  defaultLocale: Locale;
  timeZone: string;
}

/** The handler only translates: TurnContext → BotTurn → core → what the core said to do. */
class CoreActivityHandler extends TeamsActivityHandler {
  constructor(private readonly core: BotCore, private readonly logger: Logger) {
    super();
  }

  protected override async onTurnActivity(context: TurnContext): Promise<void> {
    const output = await this.core.handle(toBotTurn(context.activity));
    await perform(context, output, this.logger);
  }
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
  const settings =
    bot.mode === 'authenticated'
      ? {
          MicrosoftAppId: bot.appId,
          MicrosoftAppType: bot.appType,
          MicrosoftAppTenantId: bot.tenantId,
          ...(bot.password ? { MicrosoftAppPassword: bot.password } : {}),
        }
      : {};
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(settings));
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
    register(server) {
      server.post(
        '/api/messages',
        restify.plugins.bodyParser({ maxBodySize: options.maxBodyBytes, mapParams: false, mapFiles: false, rejectUnknown: true }),
        (req, res, next) => {
          adapter
            .process(req, res, (context) => handler.run(context))
            .catch((error: unknown) => {
              // Not an activity (the SDK's schema refused it): a client error, never a 500.
              logger.warn({ err: error }, 'bot request refused');
              if (!res.headersSent) {
                res.status(400);
                res.json({ error: { code: 'invalid', message: 'not a Bot Framework activity' } });
              }
            })
            .finally(() => next());
        },
      );
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
