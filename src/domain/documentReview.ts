import { IsoDate } from './calendar';
import { RegisterDocument } from './documentRegister';

/**
 * When a register document is next to be reviewed, and whether that is a matter for the coming
 * monthly meeting. Dates are calendar dates in Europe/Stockholm (the caller passes today and the
 * meeting's date in that zone); months are calendar months.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * `date` plus `months` calendar months; a day the target month does not have becomes its last
 * day (31 Jan + 1 month = 28 Feb, or 29 Feb in a leap year; 29 Feb + 12 months = 28 Feb).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

/** The next review: the last review (or, never reviewed, the document's date) plus the interval; null when it is not reviewed on a schedule. */
export function nextReviewDate(doc: Pick<RegisterDocument, 'lastReviewed' | 'documentDate' | 'reviewIntervalMonths'>): IsoDate | null {
  if (doc.reviewIntervalMonths === null) return null;
  return addMonths(doc.lastReviewed ?? doc.documentDate, doc.reviewIntervalMonths);
}

/** overdue: the next review was before today; due: it falls on or before the next meeting; null: neither. */
export type ReviewDue = 'overdue' | 'due' | null;

export interface ReviewState {
  nextReview: IsoDate | null;
  due: ReviewDue;
}

/** Where the document stands for review; a repealed (upphävd) document is never due. */
export function reviewState(
  doc: Pick<RegisterDocument, 'lastReviewed' | 'documentDate' | 'reviewIntervalMonths' | 'status'>,
  today: IsoDate,
  nextMeeting: IsoDate,
): ReviewState {
  const nextReview = nextReviewDate(doc);
  if (nextReview === null || doc.status === 'upphävd') return { nextReview, due: null };
  if (nextReview < today) return { nextReview, due: 'overdue' };
  // The meeting may be today: a review due today is due before it.
  if (nextReview <= (nextMeeting < today ? today : nextMeeting)) return { nextReview, due: 'due' };
  return { nextReview, due: null };
}

/** The documents whose review is overdue or due by the next meeting: most overdue first, then by title. */
export function reviewsDue<D extends RegisterDocument>(docs: readonly D[], today: IsoDate, nextMeeting: IsoDate): (D & ReviewState)[] {
  return docs
    .map((d) => ({ ...d, ...reviewState(d, today, nextMeeting) }))
    .filter((d) => d.due !== null)
    .sort((a, b) => (a.nextReview ?? '').localeCompare(b.nextReview ?? '') || a.title.localeCompare(b.title, 'sv'));
}
