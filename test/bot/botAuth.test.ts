import { ERROR, TestApp, WARN, startTestApp } from '../helpers/app';
import { FakeConnector, startFakeConnector } from '../helpers/fakeConnector';
import { FakeBotFramework, closedPort, startFakeBotFramework } from '../helpers/botFrameworkFake';
import { cardAction, invokeCard, teamsUser, TENANT } from '../helpers/teamsActivity';

/**
 * The bot with BOT_ID: every activity carries the Bot Connector's token. A forged one that can
 * be judged without Microsoft's signing keys (none, malformed, not RS256, expired, for another
 * bot, from another issuer, for another serviceUrl) is refused with 401 before anything is
 * fetched; one that needs the keys while they cannot be fetched gets 503 with Retry-After and a
 * fixed message (never 500, never the internal URL or DNS error), and the outage is logged once a
 * minute, not per request. A token signed with the published keys is let in.
 */
const APP_ID = 'forvaltningsstod-bot-app-id';
let connector: FakeConnector;
const user = teamsUser('auth-1');

beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(() => connector.stop());

const invoke = () => cardAction(user, connector.serviceUrl, 'listTrainings', {});
async function postWith(app: TestApp, authorization: string | null, activity: unknown = invoke()) {
  const res = await fetch(`${app.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization === null ? {} : { authorization }) },
    body: JSON.stringify(activity),
  });
  const text = await res.text();
  return { status: res.status, retryAfter: res.headers.get('retry-after'), text, json: text ? JSON.parse(text) : undefined };
}
const botEnv = (metadataUrl: string) => ({ BOT_ID: APP_ID, BOT_TENANT_ID: TENANT, BOT_PASSWORD: 'not-a-real-secret', BOT_OPENID_METADATA_URL: metadataUrl });

/** Forgeries that need no keys to be refused, and the reason each is refused for. */
const forgeries: [string, (bf: FakeBotFramework) => Promise<string | null>, string][] = [
  ['no Authorization header', async () => null, 'missing'],
  ['Basic instead of Bearer', async () => 'Basic dXNlcjpwYXNz', 'missing'],
  ['a bearer that is no JWT', async () => 'Bearer not.a.jwt!', 'malformed'],
  ['garbage in three parts', async () => 'Bearer aaaa.bbbb.cccc', 'malformed'],
  ['alg none', async (bf) => `Bearer ${await bf.sign({}, { alg: 'none' })}`, 'malformed'],
  ['HS256 with a shared secret', async (bf) => `Bearer ${await bf.sign({}, { alg: 'HS256' })}`, 'algorithm'],
  ['expired an hour ago', async (bf) => `Bearer ${await bf.sign({ exp: Math.floor(Date.now() / 1000) - 3600 })}`, 'expired'],
  ['for another bot', async (bf) => `Bearer ${await bf.sign({ aud: 'someone-elses-bot' })}`, 'audience'],
  ['from another issuer', async (bf) => `Bearer ${await bf.sign({ iss: 'https://sts.windows.net/evil/' })}`, 'issuer'],
  ['for another serviceUrl', async (bf) => `Bearer ${await bf.sign({ serviceurl: 'https://smba.example/' })}`, 'service_url'],
];

describe('with the signing metadata on a closed port of 127.0.0.1', () => {
  let app: TestApp;
  let now = new Date();
  let forger: FakeBotFramework;

  beforeAll(async () => {
    const port = await closedPort();
    app = await startTestApp(botEnv(`http://127.0.0.1:${port}/v1/.well-known/openidconfiguration`), { now: () => now, logs: true });
    // Only its signer is used: tokens that look right but are signed by no published key.
    forger = await startFakeBotFramework({ appId: APP_ID, serviceUrl: connector.serviceUrl });
  });
  afterAll(async () => {
    await app.stop();
    await forger.close();
  });

  it.each(forgeries)('%s → 401 in the app\'s shape', async (_what, token, reason) => {
    const res = await postWith(app, await token(forger));
    expect(res.status).toBe(401);
    expect(res.json.error).toMatchObject({ code: 'unauthorized', reason: 'auth.invalidToken' });
    expect(res.json.error.message).toBe(`Inloggningen kunde inte verifieras (${reason}). Logga in igen.`);
    expect(app.logs().at(-1)).toMatchObject({ level: WARN, msg: 'bot request refused', reason });
  });

  it('a self-signed RS256 token that looks right needs the keys: 503 with Retry-After and a fixed message, nothing internal', async () => {
    const res = await postWith(app, `Bearer ${await forger.sign({}, { key: 'other', now })}`);
    expect(res.status).toBe(503);
    expect(res.retryAfter).toBe('5');
    expect(res.json).toEqual({
      error: { code: 'unavailable', reason: 'auth.signInUnavailable', message: 'Inloggningen kan inte kontrolleras just nu. Försök igen om en stund.' },
    });
    expect(res.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|botframework|fetch|Error/);
    expect(connector.calls).toHaveLength(0);
  });

  it('the outage is logged once a minute, not per request', async () => {
    const outageLines = () => app.logs().filter((l) => l.msg === 'the Bot Framework signing keys cannot be fetched');
    const before = outageLines().length;
    now = new Date(now.getTime() + 61_000);
    for (let i = 0; i < 5; i++) expect((await postWith(app, `Bearer ${await forger.sign({}, { key: 'other', now })}`)).status).toBe(503);
    expect(outageLines()).toHaveLength(before + 1);
    expect(outageLines().at(-1)).toMatchObject({ level: ERROR });
    now = new Date(now.getTime() + 61_000);
    await postWith(app, `Bearer ${await forger.sign({}, { key: 'other', now })}`);
    expect(outageLines()).toHaveLength(before + 2);
    expect(outageLines().at(-1)).toMatchObject({ suppressed: 4 });
  });
});

describe('with the signing metadata served', () => {
  let app: TestApp;
  let bf: FakeBotFramework;

  beforeAll(async () => {
    bf = await startFakeBotFramework({ appId: APP_ID, serviceUrl: connector.serviceUrl });
    app = await startTestApp(botEnv(bf.metadataUrl));
  });
  afterAll(async () => {
    await app.stop();
    await bf.close();
  });

  it('what can be refused without the keys is refused before anything is fetched', async () => {
    for (const [what, token] of forgeries) {
      const res = await postWith(app, await token(bf));
      expect([what, res.status]).toEqual([what, 401]);
    }
    expect(bf.requests).toEqual([]);
  });

  it('a token signed with the published key, endorsed for Teams, is let in: the card comes back', async () => {
    const res = await postWith(app, `Bearer ${await bf.sign()}`);
    expect(res.status).toBe(200);
    expect(invokeCard({ status: res.status, body: res.json }).type).toBe('AdaptiveCard');
    expect(bf.requests).toEqual(['/v1/.well-known/openidconfiguration', '/v1/.well-known/keys']);
  });

  it('a self-signed token with the published key id is refused by the signature check: 401, not 5xx', async () => {
    const res = await postWith(app, `Bearer ${await bf.sign({}, { key: 'other' })}`);
    expect(res.status).toBe(401);
    expect(res.json.error).toMatchObject({ code: 'unauthorized', reason: 'auth.invalidToken' });
  });
});

describe('with a key not endorsed for Teams', () => {
  it('the SDK refuses the token (401)', async () => {
    const bf = await startFakeBotFramework({ appId: APP_ID, serviceUrl: connector.serviceUrl, endorsements: ['webchat'] });
    const app = await startTestApp(botEnv(bf.metadataUrl));
    try {
      const res = await postWith(app, `Bearer ${await bf.sign()}`);
      expect(res.status).toBe(401);
    } finally {
      await app.stop();
      await bf.close();
    }
  });
});
