import type { Agent } from 'node:http';
import pino from 'pino';
import restify from 'restify';
import { registerMessagesEndpoint } from '../src/bot/core/messagesEndpoint';
import { createBotFramework } from '../src/bot/core/botbuilderAdapter';
import { BotCore } from '../src/bot/core/bot';
import { listen } from '../src/server';
import { TeamsUser, cardText, message, teamsUser } from '../test/helpers/teamsActivity';
import { startBenchConnector } from './connector';
import { closeServer, defineBenchmark, httpRequest, keepAliveAgent, median, percentile, round, startTempApp, timed } from './support';

/**
 * The bot turn for `utbildningar` in a personal chat: 50 conversations at once, each sending its
 * turns one after another, against the real app (demo data: the upcoming trainings) — latency
 * is the POST /api/messages round trip, which includes sending the reply card to the Bot
 * Connector (a recording server in this process that answers at once).
 *
 * Baseline in the same run: a bare echo bot on the same adapter (createBotFramework, the same
 * CloudAdapter and route) on a bare restify server, under the same load shape and connector.
 * The two sides run in alternating blocks (ABBA BAAB) so drift hits both.
 */
const CONVERSATIONS = 50;
const TURNS_PER_CONVERSATION = 40;
const BLOCKS = 4; // per side; 10 turns per conversation each
const WARMUP_ROUNDS = 3;
const WARMUP_TURNS = 10; // per conversation, side and round
const COMMAND = 'utbildningar';

type TurnFigures = {
  conversations: number;
  turnsPerSide: number;
  appP50Ms: number;
  appP90Ms: number;
  appP99Ms: number;
  echoP50Ms: number;
  echoP90Ms: number;
  echoP99Ms: number;
  ratioP50: number;
  ratioP99: number;
  appTurnsPerSecond: number;
  echoTurnsPerSecond: number;
  replyIsTrainingList: boolean;
  trainingsInReply: number;
  replyCardBytes: number;
  connectorCallsPerTurnApp: number;
  connectorCallsPerTurnEcho: number;
};

/** The echo bot: the same core interface as the app's bot, no store, no cards. */
const echoCore: BotCore = { handle: async (turn) => ({ send: turn.kind === 'message' ? [{ text: turn.text }] : [] }) };

/** Each conversation sends `turns` messages one after another; all conversations at once. Returns every round trip (ms). */
async function load(agent: Agent, baseUrl: string, serviceUrl: string, users: TeamsUser[], turns: number): Promise<number[]> {
  const latencies: number[] = [];
  await Promise.all(
    users.map(async (user) => {
      for (let i = 0; i < turns; i++) {
        const body = JSON.stringify(message(user, serviceUrl, COMMAND));
        const res = await httpRequest(agent, `${baseUrl}/api/messages`, { method: 'POST', body, timeoutMs: 30_000 });
        if (res.status < 200 || res.status > 299) throw new Error(`POST ${baseUrl}/api/messages answered ${res.status}`);
        latencies.push(res.ms);
      }
    }),
  );
  return latencies;
}

export const botTurns = defineBenchmark<TurnFigures>({
  name: `Bot turn "${COMMAND}": ${(CONVERSATIONS * TURNS_PER_CONVERSATION).toLocaleString('en')} turns, ${CONVERSATIONS} concurrent conversations, vs an echo bot on the same adapter`,
  goal: { text: 'p50(app) / p50(echo bot, same adapter and load) ≤ 1.5×', met: (f) => f.ratioP50 <= 1.5 },
  async run() {
    const connector = await startBenchConnector();
    const app = await startTempApp({ SEED_DEMO: 'true', NOTIFIER_INTERVAL_MS: '0' });
    const agent = keepAliveAgent(CONVERSATIONS * 2);
    let echo: restify.Server | undefined;
    try {
      if (app.config.bot.mode === 'off') throw new Error('the bot is off in the temp app');
      echo = restify.createServer({ name: 'echo-bot', handleUncaughtExceptions: false });
      // The echo bot has the same door as the app (messagesEndpoint.ts): only the core differs.
      registerMessagesEndpoint(echo, {
        processor: createBotFramework({ bot: { mode: 'anonymous' }, core: echoCore, logger: pino({ level: 'silent' }), defaultLocale: 'sv', timeZone: app.config.timeZone }),
        auth: { mode: 'anonymous' },
        maxBodyBytes: 256 * 1024,
        defaultLocale: 'sv',
        publicUrl: () => null,
        logger: pino({ level: 'silent' }),
        now: () => new Date(),
      });
      const echoUrl = await listen(echo, 0, '127.0.0.1');
      const users = Array.from({ length: CONVERSATIONS }, (_, i) => teamsUser(i + 1));

      // What each side answers: the app the list of upcoming trainings as a card, the echo the text.
      connector.keep = true;
      await load(agent, app.url, connector.serviceUrl, users.slice(0, 1), 1);
      const appReply = connector.kept[0];
      const appCard = appReply?.attachments?.[0]?.content;
      connector.keep = true;
      await load(agent, echoUrl, connector.serviceUrl, users.slice(0, 1), 1);
      const echoReply = connector.kept[0];
      connector.keep = false;
      if (echoReply?.text !== COMMAND) throw new Error(`the echo bot answered ${JSON.stringify(echoReply)?.slice(0, 200)}`);

      // Warm-up: every conversation is known to both sides (the app stores the reference on the
      // first message), the code is hot, and both adapters' connection pools to the connector
      // have grown to the load — a synchronized start of 50 turns needs 50 sockets.
      for (let round = 0; round < WARMUP_ROUNDS; round++) {
        await load(agent, app.url, connector.serviceUrl, users, WARMUP_TURNS);
        await load(agent, echoUrl, connector.serviceUrl, users, WARMUP_TURNS);
      }

      const sides = {
        app: { url: app.url, ms: [] as number[], wallMs: 0, calls: 0 },
        echo: { url: echoUrl, ms: [] as number[], wallMs: 0, calls: 0 },
      };
      const order: (keyof typeof sides)[] = ['app', 'echo', 'echo', 'app', 'echo', 'app', 'app', 'echo'];
      if (order.length !== BLOCKS * 2) throw new Error('the block order must hold BLOCKS blocks per side');
      for (const name of order) {
        const side = sides[name];
        const callsBefore = connector.calls;
        const { value, ms } = await timed(() => load(agent, side.url, connector.serviceUrl, users, TURNS_PER_CONVERSATION / BLOCKS));
        side.ms.push(...value);
        side.wallMs += ms;
        side.calls += connector.calls - callsBefore;
      }

      const turns = sides.app.ms.length;
      const appP50 = median(sides.app.ms);
      const echoP50 = median(sides.echo.ms);
      const appP99 = percentile(sides.app.ms, 99);
      const echoP99 = percentile(sides.echo.ms, 99);
      return {
        conversations: CONVERSATIONS,
        turnsPerSide: turns,
        appP50Ms: round(appP50),
        appP90Ms: round(percentile(sides.app.ms, 90)),
        appP99Ms: round(appP99),
        echoP50Ms: round(echoP50),
        echoP90Ms: round(percentile(sides.echo.ms, 90)),
        echoP99Ms: round(echoP99),
        ratioP50: round(appP50 / echoP50),
        ratioP99: round(appP99 / echoP99),
        appTurnsPerSecond: round(turns / (sides.app.wallMs / 1000), 0),
        echoTurnsPerSecond: round(sides.echo.ms.length / (sides.echo.wallMs / 1000), 0),
        replyIsTrainingList: !!appCard && cardText(appCard).includes('Kommande utbildningar'),
        trainingsInReply: Array.isArray(appCard?.body) ? appCard.body.filter((e: { type?: string }) => e.type === 'Container').length : 0,
        replyCardBytes: appCard ? Buffer.byteLength(JSON.stringify(appCard)) : 0,
        connectorCallsPerTurnApp: round(sides.app.calls / turns),
        connectorCallsPerTurnEcho: round(sides.echo.calls / sides.echo.ms.length),
      };
    } finally {
      agent.destroy();
      if (echo) await closeServer(echo);
      await app.stop();
      await connector.stop();
    }
  },
});
