import { defineBenchmark, httpRequest, keepAliveAgent, round, startTempApp, timed } from './support';

/**
 * 100 concurrent PATCH /api/activities/:key, all naming version 1 (If-Match: "1"), each with its
 * own title, as the member user. Optimistic concurrency says: exactly one wins (200), the rest
 * get 412 with the current record, and the stored item is the winner's change — nothing lost,
 * nothing silently overwritten.
 */
const WRITERS = 100;
const AS = { 'x-dev-user': 'member' };

type PatchFigures = {
  requests: number;
  ok200: number;
  conflict412: number;
  otherStatuses: string;
  finalVersion: number;
  storedTitleIsWinners: boolean;
  /** The item's entries in the audit trail: its creation and the one change that won. */
  trailEntries: number;
  trailActions: string;
  wallMs: number;
};

export const concurrentPatches = defineBenchmark<PatchFigures>({
  name: `Concurrent PATCHes: ${WRITERS} writers on one activity, all If-Match: "1"`,
  goal: {
    text: 'exactly one succeeds, no update lost, one trail entry for it',
    met: (f) =>
      f.ok200 === 1 &&
      f.conflict412 === WRITERS - 1 &&
      f.otherStatuses === 'none' &&
      f.finalVersion === 2 &&
      f.storedTitleIsWinners &&
      f.trailEntries === 2,
  },
  async run() {
    const app = await startTempApp();
    const agent = keepAliveAgent(WRITERS);
    try {
      const created = await httpRequest(agent, `${app.url}/api/activities`, {
        method: 'POST',
        headers: AS,
        body: JSON.stringify({ title: 'Rutin för arkivering av team', category: 'Dokumentation' }),
        keepBody: true,
      });
      if (created.status !== 201) throw new Error(`POST /api/activities answered ${created.status}: ${created.body?.toString('utf8')}`);
      const { key, version } = JSON.parse(created.body!.toString('utf8')) as { key: string; version: number };
      if (version !== 1) throw new Error(`a new activity should have version 1, got ${version}`);

      const titles = Array.from({ length: WRITERS }, (_, i) => `Ändring ${i + 1}`);
      const { value: answers, ms } = await timed(() =>
        Promise.all(
          titles.map((title) =>
            httpRequest(agent, `${app.url}/api/activities/${encodeURIComponent(key)}`, {
              method: 'PATCH',
              headers: { ...AS, 'if-match': '"1"' },
              body: JSON.stringify({ title }),
              keepBody: true,
            }),
          ),
        ),
      );

      const byStatus = new Map<number, number>();
      for (const a of answers) byStatus.set(a.status, (byStatus.get(a.status) ?? 0) + 1);
      const winners = answers.flatMap((a, i) => (a.status === 200 ? [titles[i]!] : []));
      const other = [...byStatus].filter(([status]) => status !== 200 && status !== 412);

      const stored = await app.store.activities.get(key);
      const trail = await app.store.audit.read({ record: { type: 'activity', id: key } });
      return {
        requests: answers.length,
        ok200: byStatus.get(200) ?? 0,
        conflict412: byStatus.get(412) ?? 0,
        otherStatuses: other.length ? other.map(([status, n]) => `${status}×${n}`).join(', ') : 'none',
        finalVersion: stored?.version ?? 0,
        storedTitleIsWinners: winners.length === 1 && stored?.title === winners[0],
        trailEntries: trail.entries.length,
        trailActions: trail.entries.map((e) => e.action).join(', '),
        wallMs: round(ms),
      };
    } finally {
      agent.destroy();
      await app.stop();
    }
  },
});
