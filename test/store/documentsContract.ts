import { DocumentFields, RegisterDocument, changeDocument, newDocument, reviewDocument } from '../../src/domain/documentRegister';
import { unwrap } from '../../src/domain/problem';
import { Store } from '../../src/store/store';

/**
 * The förvaltningsdokumentation register's part of the store contract (called from contract.ts,
 * so every backend runs it): ids from a sequence (unique under parallel creates), version 1 on
 * create with its trail entry in the same write, and a stale save a conflict with the current
 * document — of 50 saves from one version exactly one wins and nothing is lost.
 */
const anna = { id: 'aad-anna', name: 'Anna Åström' };
const olle = { id: 'aad-olle', name: 'Olle Öberg' };
const T0 = new Date('2026-03-04T08:00:00.000Z');
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

const fields = (over: Partial<DocumentFields> = {}): DocumentFields => ({
  title: 'Rutin för gäståtkomst',
  kind: 'rutin',
  link: 'https://contoso.sharepoint.com/sites/o365/Delade%20dokument/gastatkomst.docx',
  owner: anna,
  versionLabel: '1.2',
  documentDate: '2025-09-01',
  lastReviewed: null,
  reviewIntervalMonths: 12,
  status: 'gällande',
  notes: 'Gäller gäster i alla team',
  ...over,
});

const ids = (n: number) => Array.from({ length: n }, (_, i) => `D-${String(i + 1).padStart(3, '0')}`);

export function documentsContract(getStore: () => Store): void {
  describe('the document register', () => {
    const create = async (over: Partial<DocumentFields> = {}) => {
      const { draft, audit } = unwrap(newDocument(fields(over), anna, T0));
      return getStore().documents.create(draft, audit);
    };
    const change = (current: RegisterDocument, patch: Partial<DocumentFields>, at = later(5)) => {
      const { next, audit } = unwrap(changeDocument(current, patch, olle, at));
      if (!audit) throw new Error('the change changes nothing');
      return { next, audit };
    };
    const trailOf = async (id: string) => (await getStore().audit.read({ record: { type: 'document', id } })).entries;

    it('creates with the next id and version 1, with its entry; get and list return it', async () => {
      const { draft } = unwrap(newDocument(fields(), anna, T0));
      const created = await create();
      expect(created).toEqual({ ...draft, id: 'D-001', version: 1 });
      expect(await getStore().documents.get('D-001')).toEqual(created);
      expect(await getStore().documents.get('D-999')).toBeUndefined();
      expect(await getStore().documents.list()).toEqual([created]);
      const trail = await trailOf('D-001');
      expect(trail.map((e) => e.action)).toEqual(['document.created']);
    });

    it('saves from the version read, and a stale save is a conflict with the current document that changes nothing', async () => {
      const v1 = await create();
      const first = change(v1, { status: 'under revision' });
      const saved = await getStore().documents.save(first.next, 1, first.audit);
      expect(saved).toEqual({ ok: true, value: { ...first.next, version: 2 } });
      const stale = change(v1, { title: 'Annan rubrik' }, later(6));
      const refused = await getStore().documents.save(stale.next, 1, stale.audit);
      expect(refused).toEqual({ ok: false, reason: 'conflict', current: { ...first.next, version: 2 } });
      expect((await trailOf(v1.id)).map((e) => e.action)).toEqual(['document.created', 'document.changed']);
    });

    it('keeps the creation fields as stored and reports an unknown document as not found', async () => {
      const v1 = await create();
      const { next, audit } = change(v1, { versionLabel: '1.3' });
      const saved = await getStore().documents.save({ ...next, createdBy: olle, createdAt: later(99).toISOString() }, 1, audit);
      expect(saved.ok && saved.value).toMatchObject({ createdBy: anna, createdAt: T0.toISOString(), versionLabel: '1.3', updatedBy: olle });
      expect(await getStore().documents.save({ ...next, id: 'D-404' }, 1, audit)).toEqual({ ok: false, reason: 'not_found' });
    });

    it('keeps the review history and the last review a "Granskad" writes', async () => {
      const v1 = await create();
      const { next, audit } = unwrap(reviewDocument(v1, { on: '2026-03-03', note: 'Inga ändringar' }, olle, later(1), '2026-03-04'));
      const saved = await getStore().documents.save(next, 1, audit);
      expect(saved.ok).toBe(true);
      const stored = await getStore().documents.get(v1.id);
      expect(stored).toMatchObject({ lastReviewed: '2026-03-03', version: 2, reviews: [{ on: '2026-03-03', by: olle, note: 'Inga ändringar' }] });
      expect((await trailOf(v1.id)).map((e) => e.action)).toEqual(['document.created', 'document.reviewed']);
    });

    it('gives 30 parallel creates 30 distinct ids D-001 … D-030, listed in order', async () => {
      const created = await Promise.all(Array.from({ length: 30 }, (_, i) => create({ title: `Dokument ${i}` })));
      expect(created.map((d) => d.id).sort()).toEqual(ids(30));
      const listed = await getStore().documents.list();
      expect(listed.map((d) => d.id)).toEqual(ids(30));
      const byId = new Map(listed.map((d) => [d.id, d]));
      for (const d of created) expect(byId.get(d.id)).toEqual(d);
    });

    it('lets exactly one of 50 parallel saves from the same version win; nothing is lost', async () => {
      const v1 = await create();
      const attempts = Array.from({ length: 50 }, (_, i) => change(v1, { title: `Version ${i}` }, later(i + 1)));
      const results = await Promise.all(attempts.map((a) => getStore().documents.save(a.next, 1, a.audit)));
      const wins = results.filter((r) => r.ok);
      const conflicts = results.filter((r) => !r.ok && r.reason === 'conflict');
      expect(wins).toHaveLength(1);
      expect(conflicts).toHaveLength(49);
      const final = (await getStore().documents.get(v1.id))!;
      expect(final.version).toBe(2);
      expect(wins[0]).toEqual({ ok: true, value: final });
      for (const c of conflicts) expect(c).toEqual({ ok: false, reason: 'conflict', current: final });
      // One change, one entry: the winner's.
      const trail = await trailOf(v1.id);
      expect(trail.map((e) => e.action)).toEqual(['document.created', 'document.changed']);
    });
  });
}
