import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FAKE_USER, FakeEntra, startFakeEntra } from '../helpers/entraFake';
import { DirectoryUser, FakeGraph, startFakeGraph } from '../helpers/graphFake';
import { ServerProcess, startServerProcess } from '../helpers/serverProcess';
import { testCa } from '../helpers/testCa';

/**
 * The tenant on loopback: a fake Entra ID and a fake Microsoft Graph over HTTPS with the test
 * CA, and the built server in AUTH_MODE=entra pointed at them (AUTH_AUTHORITY_HOST,
 * GRAPH_ENDPOINT), trusting the CA through NODE_EXTRA_CA_CERTS, as a deployed app trusts
 * Microsoft's.
 */
export const DIRECTORY: DirectoryUser[] = [
  { id: 'bbbbbbbb-0000-4000-8000-000000000001', displayName: 'Karin Holm', mail: 'karin.holm@example.se', userPrincipalName: 'karin.holm@example.se', jobTitle: 'Universitetslektor', department: 'Institutionen för pedagogik' },
  { id: 'bbbbbbbb-0000-4000-8000-000000000002', displayName: 'Karl Åberg', mail: 'karl.aberg@example.se', userPrincipalName: 'karl.aberg@example.se', jobTitle: 'IT-tekniker', department: 'IT-avdelningen' },
  { id: 'bbbbbbbb-0000-4000-8000-000000000003', displayName: 'Katarina Ström', mail: 'katarina.strom@example.se', userPrincipalName: 'katarina.strom@example.se', jobTitle: 'Ekonom', department: 'Ekonomiavdelningen' },
  { id: 'bbbbbbbb-0000-4000-8000-000000000004', displayName: 'Olof Lind', mail: 'olof.lind@example.se', userPrincipalName: 'olof.lind@example.se', jobTitle: 'Professor', department: 'Institutionen för fysik' },
  { id: FAKE_USER.oid, displayName: FAKE_USER.name, mail: FAKE_USER.preferred_username, userPrincipalName: FAKE_USER.preferred_username, jobTitle: 'Förvaltningsledare', department: 'IT-avdelningen' },
];

export interface Tenant {
  entra: FakeEntra;
  graph: FakeGraph;
  server: ServerProcess;
  /** A request to the app as the default fake user (or with the claims given). */
  get(path: string, claims?: Parameters<FakeEntra['sign']>[0], lang?: 'sv' | 'en'): Promise<{ status: number; json: any; headers: Headers; ms: number }>;
  /** Any request to the app as the person of `claims`, with a JSON body. */
  request(
    method: string,
    path: string,
    opts?: { claims?: Parameters<FakeEntra['sign']>[0]; body?: unknown; headers?: Record<string, string> },
  ): Promise<{ status: number; json: any; headers: Headers }>;
  /** Stops the server with `signal` (SIGKILL: dead, mid-whatever) and starts it again on the same data. */
  restart(signal?: NodeJS.Signals): Promise<void>;
  stop(): Promise<void>;
}

export async function startTenant(env: Record<string, string> = {}): Promise<Tenant> {
  const tls = testCa();
  let entra: FakeEntra | undefined;
  const graph = await startFakeGraph({ tls, verify: (token) => entra!.verifyIssued(token), users: DIRECTORY.map((u) => ({ ...u })) });
  entra = await startFakeEntra({ tls, graphResource: graph.url });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'fs-tenant-'));
  const serverEnv = {
    ...entra.env,
    DATA_DIR: dataDir,
    GRAPH_ENDPOINT: graph.url,
    GRAPH_TIMEOUT_MS: '1500',
    NODE_EXTRA_CA_CERTS: tls.caPath,
    ...env,
  };
  let server = await startServerProcess(serverEnv);
  const fake = entra;
  // One SSO token per person, as Teams hands the tab the same token until it nears expiry.
  const tokens = new Map<string, Promise<string>>();
  const tokenFor = (claims: Parameters<FakeEntra['sign']>[0] = {}) => {
    const key = JSON.stringify(claims);
    if (!tokens.has(key)) tokens.set(key, fake.sign(claims));
    return tokens.get(key)!;
  };
  return {
    entra: fake,
    graph,
    get server() {
      return server;
    },
    async request(method, path, opts = {}) {
      const res = await fetch(server.url + path, {
        method,
        headers: {
          authorization: `Bearer ${await tokenFor(opts.claims ?? {})}`,
          'accept-language': 'sv',
          ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...opts.headers,
        },
        ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
      });
      const text = await res.text();
      return { status: res.status, json: text ? JSON.parse(text) : null, headers: res.headers };
    },
    async restart(signal = 'SIGTERM') {
      await server.stop(signal);
      server = await startServerProcess(serverEnv);
    },
    async get(path, claims = {}, lang = 'sv') {
      const started = performance.now();
      const res = await fetch(server.url + path, { headers: { authorization: `Bearer ${await tokenFor(claims)}`, 'accept-language': lang } });
      const text = await res.text();
      return { status: res.status, json: text ? JSON.parse(text) : null, headers: res.headers, ms: performance.now() - started };
    },
    async stop() {
      await server.stop();
      await Promise.all([graph.close(), fake.close()]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
