import https from 'node:https';
import { FAKE_USER } from '../test/helpers/entraFake';
import { testCa } from '../test/helpers/testCa';
import { startTenant } from '../test/graph/graphFixture';
import { defineBenchmark, httpRequest, keepAliveAgent, median, round } from './support';

/**
 * The people search (GET /api/people?q=) through the app in AUTH_MODE=entra — the built server
 * as a child process, with the fake Entra ID and the fake Microsoft Graph over HTTPS on
 * 127.0.0.1 — against a direct call to the fake Graph's /me/people in the same run.
 * Cached: the same search again (the app answers from its directory cache; the token check,
 * the roles and the people the app knows still run). Uncached: a new search each time (the
 * Graph token from MSAL's cache, then /me/people and /users in parallel). Alternating blocks
 * (ABBA) so drift hits all sides; medians.
 */
const ROUNDS = 4;
const PER_BLOCK = 100;
const WARMUP = 50;

type PeopleFigures = {
  requestsPerSide: number;
  directGraphP50Ms: number;
  appCachedP50Ms: number;
  appUncachedP50Ms: number;
  ratioCached: number;
  ratioUncached: number;
  onBehalfOfExchanges: number;
  directoryPeopleFound: number;
};

/** Search texts of two or more letters that the fake directory answers (each a new search once). */
function* texts(): Generator<string> {
  const letters = 'abcdefghijklmnopqrstuvwxyzåäö';
  for (const a of letters) for (const b of letters) for (const c of letters) yield `ka${a}${b}${c}`;
}

export const peopleSearch = defineBenchmark<PeopleFigures>({
  name: 'people search through the app vs a direct call to Microsoft Graph (fakes on 127.0.0.1)',
  goal: { text: 'cached search ≤ 1.3× a direct Graph call (median)', met: (f) => f.ratioCached <= 1.3 },
  async run() {
    const tenant = await startTenant({ LOG_LEVEL: 'error' });
    try {
      const ca = testCa();
      const graphAgent = new https.Agent({ keepAlive: true, maxSockets: 1, ca: ca.ca });
      const appAgent = keepAliveAgent(1);
      const sso = { authorization: `Bearer ${await tenant.entra.sign()}` };
      const graph = { authorization: `Bearer ${await tenant.entra.graphToken({ oid: FAKE_USER.oid, name: FAKE_USER.name })}` };
      const direct = () => httpRequest(graphAgent, `${tenant.graph.url}/v1.0/me/people?$search=%22ka%22&$top=10`, { headers: graph });
      const cached = () => httpRequest(appAgent, `${tenant.server.url}/api/people?q=ka`, { headers: sso });
      const fresh = texts();
      const uncached = () => httpRequest(appAgent, `${tenant.server.url}/api/people?q=${encodeURIComponent(fresh.next().value as string)}`, { headers: sso });

      const first = await httpRequest(appAgent, `${tenant.server.url}/api/people?q=ka`, { headers: sso, keepBody: true });
      const answer = JSON.parse(first.body!.toString('utf8')) as { items: unknown[]; directory: string };
      if (first.status !== 200 || answer.directory !== 'included') throw new Error(`the app's people search answered ${first.status} ${answer.directory}`);

      const sides = { direct, cached, uncached };
      const times: Record<keyof typeof sides, number[]> = { direct: [], cached: [], uncached: [] };
      const block = async (side: keyof typeof sides, n: number, keep: boolean) => {
        for (let i = 0; i < n; i++) {
          const res = await sides[side]();
          if (res.status !== 200) throw new Error(`${side}: ${res.status}`);
          if (keep) times[side].push(res.ms);
        }
      };
      for (const side of Object.keys(sides) as (keyof typeof sides)[]) await block(side, WARMUP, false);
      const order: (keyof typeof sides)[] = ['direct', 'cached', 'uncached', 'uncached', 'cached', 'direct'];
      for (let round_ = 0; round_ < ROUNDS; round_++) for (const side of order) await block(side, PER_BLOCK / 2, true);

      const p50 = (side: keyof typeof sides) => median(times[side]);
      return {
        requestsPerSide: times.direct.length,
        directGraphP50Ms: round(p50('direct'), 3),
        appCachedP50Ms: round(p50('cached'), 3),
        appUncachedP50Ms: round(p50('uncached'), 3),
        ratioCached: round(p50('cached') / p50('direct')),
        ratioUncached: round(p50('uncached') / p50('direct')),
        onBehalfOfExchanges: tenant.entra.tokenRequests.filter((r) => r.requestedTokenUse === 'on_behalf_of').length,
        directoryPeopleFound: answer.items.length,
      };
    } finally {
      await tenant.stop();
    }
  },
});
