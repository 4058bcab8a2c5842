import { DocumentFields, RegisterDocument, changeDocument, documentId, newDocument, reviewDocument } from './documentRegister';
import { nextReviewDate } from './documentReview';

const anna = { id: 'u1', name: 'Anna' };
const bo = { id: 'u2', name: 'Bo' };
const now = new Date('2026-03-10T09:00:00.000Z');

const fields = (over: Partial<DocumentFields> = {}): DocumentFields => ({
  title: '  Förvaltningsplan O365 ',
  kind: 'förvaltningsplan',
  link: 'https://example.sharepoint.com/sites/o365/Delade%20dokument/plan.docx',
  owner: anna,
  versionLabel: '2.1',
  documentDate: '2025-01-31',
  lastReviewed: null,
  reviewIntervalMonths: 12,
  status: 'gällande',
  notes: 'Antagen av styrgruppen',
  ...over,
});

function stored(over: Partial<DocumentFields> = {}): RegisterDocument {
  const created = newDocument(fields(over), anna, now);
  if (!created.ok) throw new Error(created.problem.code);
  return { ...created.value.draft, id: 'D-001', version: 1 };
}

describe('documentId', () => {
  it('numbers D-001, D-042, D-1000', () => {
    expect([documentId(1), documentId(42), documentId(1000)]).toEqual(['D-001', 'D-042', 'D-1000']);
  });
});

describe('newDocument', () => {
  it('trims, starts with no reviews and records every field, the notes as text only', () => {
    const created = newDocument(fields(), anna, now);
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.value.draft).toMatchObject({ title: 'Förvaltningsplan O365', reviews: [], createdBy: anna, createdAt: now.toISOString() });
    const audit = created.value.audit('D-007');
    expect(audit).toMatchObject({ action: 'document.created', record: { type: 'document', id: 'D-007' }, actor: anna });
    expect(audit.changes.find((c) => c.field === 'notes')).toEqual({ field: 'notes', from: null, to: { text: 'Antagen av styrgruppen' } });
    expect(audit.changes.find((c) => c.field === 'owner')).toEqual({ field: 'owner', from: null, to: { person: anna } });
  });

  it.each<[Partial<DocumentFields>, string, string]>([
    [{ title: '   ' }, 'title', 'validation.required'],
    [{ title: 'x'.repeat(201) }, 'title', 'validation.tooLong'],
    [{ kind: 'roman' as DocumentFields['kind'] }, 'kind', 'document.kind'],
    [{ link: 'javascript:alert(1)' }, 'link', 'document.link'],
    [{ link: 'http://example.com/plan.docx' }, 'link', 'document.link'],
    [{ link: 'data:text/html,<b>x</b>' }, 'link', 'document.link'],
    [{ link: `https://example.com/${'a'.repeat(2000)}` }, 'link', 'validation.tooLong'],
    [{ versionLabel: 'v'.repeat(41) }, 'versionLabel', 'validation.tooLong'],
    [{ documentDate: '2025-02-30' }, 'documentDate', 'validation.date'],
    [{ documentDate: '31/1/2025' }, 'documentDate', 'validation.date'],
    [{ lastReviewed: '2025-13-01' }, 'lastReviewed', 'validation.date'],
    [{ reviewIntervalMonths: 0 }, 'reviewIntervalMonths', 'document.interval'],
    [{ reviewIntervalMonths: 61 }, 'reviewIntervalMonths', 'document.interval'],
    [{ reviewIntervalMonths: 1.5 }, 'reviewIntervalMonths', 'document.interval'],
    [{ status: 'arkiverad' as DocumentFields['status'] }, 'status', 'document.status'],
    [{ notes: 'n'.repeat(4001) }, 'notes', 'validation.tooLong'],
  ])('refuses %j naming %s', (over, field, code) => {
    const created = newDocument(fields(over), anna, now);
    expect(created.ok).toBe(false);
    if (created.ok) return;
    expect(created.problem).toMatchObject({ kind: 'invalid', field, code });
  });

  it('takes the limits themselves', () => {
    expect(newDocument(fields({ reviewIntervalMonths: 1, notes: 'n'.repeat(4000), title: 't'.repeat(200) }), anna, now).ok).toBe(true);
    expect(newDocument(fields({ reviewIntervalMonths: 60 }), anna, now).ok).toBe(true);
    expect(newDocument(fields({ reviewIntervalMonths: null }), anna, now).ok).toBe(true);
  });
});

describe('changeDocument', () => {
  it('records only what changed and who changed it', () => {
    const current = stored();
    const later = new Date('2026-03-11T08:00:00.000Z');
    const changed = changeDocument(current, { status: 'under revision', owner: bo, title: current.title }, bo, later);
    expect(changed.ok).toBe(true);
    if (!changed.ok) return;
    expect(changed.value.next).toMatchObject({ status: 'under revision', owner: bo, updatedBy: bo, updatedAt: later.toISOString(), createdBy: anna });
    expect(changed.value.audit?.changes).toEqual([
      { field: 'owner', from: { person: anna }, to: { person: bo } },
      { field: 'status', from: 'gällande', to: 'under revision' },
    ]);
  });

  it('writes nothing when nothing changed', () => {
    const current = stored();
    const changed = changeDocument(current, { title: ' Förvaltningsplan O365 ' }, bo, now);
    expect(changed.ok && changed.value.audit).toBeNull();
  });

  it('refuses a bad link in a change', () => {
    const changed = changeDocument(stored(), { link: 'javascript:void(0)' }, bo, now);
    expect(!changed.ok && changed.problem.field).toBe('link');
  });

  it('records changed notes as text, never the text itself', () => {
    const changed = changeDocument(stored(), { notes: 'Ny text' }, bo, now);
    expect(changed.ok && changed.value.audit?.changes).toEqual([{ field: 'notes', from: { text: 'Antagen av styrgruppen' }, to: { text: 'Ny text' } }]);
  });
});

describe('reviewDocument ("Granskad")', () => {
  it('sets the last review to the day and starts the next interval from it', () => {
    const current = stored({ documentDate: '2024-01-31', reviewIntervalMonths: 1 });
    const reviewed = reviewDocument(current, { on: '2026-02-28', note: ' Inga ändringar ' }, bo, now, '2026-03-10');
    expect(reviewed.ok).toBe(true);
    if (!reviewed.ok) return;
    expect(reviewed.value.next.lastReviewed).toBe('2026-02-28');
    expect(nextReviewDate(reviewed.value.next)).toBe('2026-03-28');
    expect(reviewed.value.next.reviews).toEqual([{ on: '2026-02-28', by: bo, note: 'Inga ändringar', at: now.toISOString() }]);
    expect(reviewed.value.audit).toMatchObject({ action: 'document.reviewed', record: { type: 'document', id: 'D-001' } });
    expect(reviewed.value.audit.changes).toEqual([
      { field: 'reviewedOn', from: null, to: '2026-02-28' },
      { field: 'lastReviewed', from: null, to: '2026-02-28' },
      { field: 'note', from: null, to: { text: 'Inga ändringar' } },
    ]);
  });

  it('a review recorded for an earlier day than the last one joins the history but keeps the last review', () => {
    const current = stored({ lastReviewed: '2026-03-01' });
    const reviewed = reviewDocument(current, { on: '2026-01-15', note: '' }, bo, now, '2026-03-10');
    expect(reviewed.ok && reviewed.value.next.lastReviewed).toBe('2026-03-01');
    expect(reviewed.ok && reviewed.value.next.reviews).toHaveLength(1);
  });

  it.each<[{ on: string; note: string }, string]>([
    [{ on: '2026-03-11', note: '' }, 'on'],
    [{ on: '2026-02-30', note: '' }, 'on'],
    [{ on: '2026-03-10', note: 'x'.repeat(2001) }, 'note'],
  ])('refuses %j naming %s', (review, field) => {
    const reviewed = reviewDocument(stored(), review, bo, now, '2026-03-10');
    expect(!reviewed.ok && reviewed.problem.field).toBe(field);
  });
});
