import { addMonths, nextReviewDate, reviewState, reviewsDue } from './documentReview';
import { RegisterDocument } from './documentRegister';

const doc = (over: Partial<RegisterDocument> = {}): RegisterDocument => ({
  id: 'D-001',
  title: 'Rutin för gäståtkomst',
  kind: 'rutin',
  link: 'https://example.sharepoint.com/rutin.docx',
  owner: null,
  versionLabel: '1.0',
  documentDate: '2025-01-31',
  lastReviewed: null,
  reviewIntervalMonths: 12,
  status: 'gällande',
  notes: '',
  reviews: [],
  version: 1,
  createdBy: { id: 'u1', name: 'Anna' },
  createdAt: '2025-01-31T10:00:00.000Z',
  updatedBy: { id: 'u1', name: 'Anna' },
  updatedAt: '2025-01-31T10:00:00.000Z',
  ...over,
});

describe('addMonths: calendar months, clamped to the end of the month', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2025-11-15', 2, '2026-01-15'],
    ['2025-12-31', 1, '2026-01-31'],
    ['2025-12-01', 60, '2030-12-01'],
    ['2025-05-30', 9, '2026-02-28'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });
});

describe('nextReviewDate', () => {
  it('counts from the document date when never reviewed', () => {
    expect(nextReviewDate(doc({ documentDate: '2024-01-31', reviewIntervalMonths: 1 }))).toBe('2024-02-29');
  });
  it('counts from the last review when there is one', () => {
    expect(nextReviewDate(doc({ lastReviewed: '2024-02-29', reviewIntervalMonths: 12 }))).toBe('2025-02-28');
  });
  it('is none without an interval', () => {
    expect(nextReviewDate(doc({ reviewIntervalMonths: null }))).toBeNull();
  });
});

describe('reviewState', () => {
  const today = '2026-03-10';
  const meeting = '2026-03-19';
  it('overdue when the next review was before today', () => {
    expect(reviewState(doc({ lastReviewed: '2025-03-09' }), today, meeting)).toEqual({ nextReview: '2026-03-09', due: 'overdue' });
  });
  it('due when it falls today or on or before the next meeting', () => {
    expect(reviewState(doc({ lastReviewed: '2025-03-10' }), today, meeting).due).toBe('due');
    expect(reviewState(doc({ lastReviewed: '2025-03-19' }), today, meeting).due).toBe('due');
  });
  it('not due the day after the meeting', () => {
    expect(reviewState(doc({ lastReviewed: '2025-03-20' }), today, meeting)).toEqual({ nextReview: '2026-03-20', due: null });
  });
  it('a repealed document is never due, nor one without an interval', () => {
    expect(reviewState(doc({ lastReviewed: '2020-01-01', status: 'upphävd' }), today, meeting).due).toBeNull();
    expect(reviewState(doc({ lastReviewed: '2020-01-01', reviewIntervalMonths: null }), today, meeting)).toEqual({ nextReview: null, due: null });
  });
  it('a document under revision is still due', () => {
    expect(reviewState(doc({ lastReviewed: '2020-01-01', status: 'under revision' }), today, meeting).due).toBe('overdue');
  });
});

describe('reviewsDue', () => {
  it('lists the overdue and the due, most overdue first, and leaves the rest out', () => {
    const docs = [
      doc({ id: 'D-001', title: 'B', lastReviewed: '2025-03-15' }),
      doc({ id: 'D-002', title: 'A', lastReviewed: '2024-06-01' }),
      doc({ id: 'D-003', title: 'C', lastReviewed: '2025-12-01' }),
    ];
    expect(reviewsDue(docs, '2026-03-10', '2026-03-19').map((d) => [d.id, d.due])).toEqual([
      ['D-002', 'overdue'],
      ['D-001', 'due'],
    ]);
  });
});
