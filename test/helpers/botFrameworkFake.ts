import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type KeyLike } from 'jose';

/**
 * A stand-in for the Bot Framework's token service on 127.0.0.1: the OpenID metadata document
 * and the signing keys (with the channels each key is endorsed for, as login.botframework.com
 * publishes them), recording every request, and `sign()` to mint the token the Bot Connector
 * puts on an activity — valid by default, each forgery one option away:
 *
 *   no signature         sign({}, { alg: 'none' })
 *   a shared secret      sign({}, { alg: 'HS256' })
 *   self-signed          sign({}, { key: 'other' })   (RS256, the served kid, a key not served)
 *   expired              sign({ exp: <past> })
 *   another bot          sign({ aud: 'someone-else' })
 */
export interface BotTokenClaims {
  iss: string;
  aud: string;
  serviceurl: string;
  exp: number;
  nbf: number;
  [claim: string]: unknown;
}

export interface FakeBotFramework {
  /** BOT_OPENID_METADATA_URL for the app. */
  metadataUrl: string;
  appId: string;
  /** Paths requested so far (metadata and keys). */
  requests: string[];
  sign(claims?: Partial<BotTokenClaims>, options?: { alg?: 'RS256' | 'HS256' | 'none'; key?: 'served' | 'other'; now?: Date }): Promise<string>;
  close(): Promise<void>;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export async function startFakeBotFramework(opts: { appId: string; serviceUrl: string; endorsements?: string[] }): Promise<FakeBotFramework> {
  const kid = 'fake-bf-key';
  const served = await generateKeyPair('RS256');
  const other = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(served.publicKey)), kid, kty: 'RSA', use: 'sig', endorsements: opts.endorsements ?? ['msteams'] };
  const requests: string[] = [];
  let base = '';
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.setHeader('content-type', 'application/json');
    if (req.url === '/v1/.well-known/openidconfiguration') {
      res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${base}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    } else if (req.url === '/v1/.well-known/keys') {
      res.end(JSON.stringify({ keys: [jwk] }));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    metadataUrl: `${base}/v1/.well-known/openidconfiguration`,
    appId: opts.appId,
    requests,
    async sign(claims = {}, options = {}) {
      const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
      const payload: Record<string, unknown> = {
        iss: 'https://api.botframework.com',
        aud: opts.appId,
        serviceurl: opts.serviceUrl,
        nbf: now - 60,
        exp: now + 3600,
        ...claims,
      };
      for (const [name, value] of Object.entries(payload)) if (value === undefined) delete payload[name];
      if (options.alg === 'none') return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`;
      if (options.alg === 'HS256') {
        return new SignJWT(payload).setProtectedHeader({ alg: 'HS256', kid }).sign(new TextEncoder().encode('a shared secret of 32 characters!'));
      }
      const key: KeyLike = options.key === 'other' ? other.privateKey : served.privateKey;
      return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' }).sign(key);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A loopback port with nothing listening on it (taken, then let go). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
