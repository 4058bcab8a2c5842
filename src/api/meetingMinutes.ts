import { DateTime } from 'luxon';
import { Priority, Status } from '../domain/activity';
import { Meeting, MeetingEntry } from '../domain/meeting';
import { Locale, t } from '../i18n';
import { excelCsv } from './excelCsv';

/**
 * The minutes (protokoll) of a monthly meeting as a file: plain text to paste into a mail or a
 * chat, Markdown for a wiki or a Teams post, CSV for Excel. Pure functions of the meeting and
 * the reader's language; every label comes from i18n, statuses in English are translated.
 * Times are shown in the app's time zone (Europe/Stockholm by default).
 */
export const MINUTES_FORMATS = ['text', 'md', 'csv'] as const;
export type MinutesFormat = (typeof MINUTES_FORMATS)[number];

export interface MinutesOptions {
  timeZone?: string;
}

type Line = [label: string, value: string];

const NONE = '–';

const statusText = (locale: Locale, status: Status) => t(locale, `status.${status}`);
const priorityText = (locale: Locale, priority: Priority) => t(locale, `priority.${priority}`);
/** "normal → hög" when the decision changed the priority, else empty. */
const priorityChange = (locale: Locale, e: MeetingEntry) =>
  e.priorityFrom && e.priorityTo ? `${priorityText(locale, e.priorityFrom)} → ${priorityText(locale, e.priorityTo)}` : '';

function localTime(iso: string | null, timeZone: string): string {
  if (!iso) return NONE;
  return DateTime.fromISO(iso, { zone: timeZone }).toFormat('yyyy-MM-dd HH:mm');
}

/** The meeting's facts: date, who held it, when, attendees and summary. */
function meetingLines(m: Meeting, locale: Locale, timeZone: string): Line[] {
  return [
    [t(locale, 'minutes.meetingDate'), m.meetingDate],
    [t(locale, 'minutes.heldBy'), m.startedBy.name],
    [t(locale, 'minutes.started'), localTime(m.startedAt, timeZone)],
    [t(locale, 'minutes.finished'), localTime(m.finishedAt, timeZone)],
    [t(locale, 'minutes.attendees'), m.attendees || NONE],
    [t(locale, 'minutes.summary'), m.summary || NONE],
  ];
}

/** One item: owner (and the one before, when the decision changed it), the decision, status from → to, due date, a changed priority, resolution. */
function entryLines(e: MeetingEntry, locale: Locale): Line[] {
  const date = (d: string | null) => d ?? t(locale, 'minutes.noDueDate');
  const status =
    e.statusFrom === e.statusTo
      ? `${statusText(locale, e.statusTo)} (${t(locale, 'minutes.unchanged')})`
      : `${statusText(locale, e.statusFrom)} → ${statusText(locale, e.statusTo)}`;
  const due: Line =
    e.dueDateFrom === e.dueDateTo
      ? [t(locale, 'minutes.dueDate'), date(e.dueDateTo)]
      : [t(locale, 'minutes.newDueDate'), `${date(e.dueDateTo)} (${t(locale, 'minutes.previously', { value: date(e.dueDateFrom) })})`];
  const ownerName = (p: MeetingEntry['owner']) => p?.name ?? t(locale, 'minutes.noOwner');
  // An owner the decision changed ("X tar den") says who had it before.
  const owner = e.ownerFrom === undefined ? ownerName(e.owner) : `${ownerName(e.owner)} (${t(locale, 'minutes.previously', { value: ownerName(e.ownerFrom) })})`;
  const lines: Line[] = [
    [t(locale, 'minutes.owner'), owner],
    [t(locale, 'minutes.note'), e.note],
    [t(locale, 'minutes.status'), status],
    due,
  ];
  if (e.priorityFrom && e.priorityTo) {
    lines.push([t(locale, 'minutes.priority'), `${priorityText(locale, e.priorityTo)} (${t(locale, 'minutes.previously', { value: priorityText(locale, e.priorityFrom) })})`]);
  }
  if (e.resolution) lines.push([t(locale, 'minutes.resolution'), e.resolution]);
  return lines;
}

const title = (m: Meeting, locale: Locale) => t(locale, 'minutes.title', { date: m.meetingDate });
const itemsHeading = (m: Meeting, locale: Locale) => t(locale, 'minutes.items', { count: m.entries.length });

/** Plain text: label/value lines, continuation lines of a long note indented under it. */
export function minutesText(m: Meeting, locale: Locale, opts: MinutesOptions = {}): string {
  const timeZone = opts.timeZone ?? 'Europe/Stockholm';
  const line = (indent: string) => ([label, value]: Line) =>
    `${indent}${label}: ${value.split(/\r?\n/).join(`\n${indent}${' '.repeat(label.length + 2)}`)}`;
  const heading = title(m, locale);
  const out = [heading, '='.repeat(heading.length)];
  if (m.status === 'pågår') out.push(t(locale, 'minutes.draft'));
  out.push('', ...meetingLines(m, locale, timeZone).map(line('')), '');
  const items = itemsHeading(m, locale);
  out.push(items, '-'.repeat(items.length), '');
  if (m.entries.length === 0) out.push(t(locale, 'minutes.noItems'), '');
  m.entries.forEach((e, i) => {
    out.push(`${i + 1}. ${e.activityKey} ${e.title}`, ...entryLines(e, locale).map(line('   ')), '');
  });
  return out.join('\n');
}

/** Backslash-escapes what Markdown would read as markup, so a note cannot become a heading, link or HTML. */
export function markdownEscape(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|~!&]/g, '\\$&')
    .replace(/^(\s*)([-+=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** Several lines inside one list item: hard breaks (a trailing backslash) and indented continuation. */
const markdownValue = (value: string) => markdownEscape(value).split(/\r?\n/).join('\\\n  ');

export function minutesMarkdown(m: Meeting, locale: Locale, opts: MinutesOptions = {}): string {
  const timeZone = opts.timeZone ?? 'Europe/Stockholm';
  const item = ([label, value]: Line) => `- **${label}:** ${markdownValue(value)}`;
  const out = [`# ${markdownEscape(title(m, locale))}`, ''];
  if (m.status === 'pågår') out.push(`> ${t(locale, 'minutes.draft')}`, '');
  out.push(...meetingLines(m, locale, timeZone).map(item), '', `## ${itemsHeading(m, locale)}`, '');
  if (m.entries.length === 0) out.push(t(locale, 'minutes.noItems'), '');
  m.entries.forEach((e, i) => {
    out.push(`### ${i + 1}. ${e.activityKey} ${markdownEscape(e.title)}`, '', ...entryLines(e, locale).map(item), '');
  });
  return out.join('\n');
}

/** One row per item, as Swedish Excel opens it: UTF-8 with BOM, semicolons, CRLF; formulas neutralized. */
export function minutesCsv(m: Meeting, locale: Locale, opts: MinutesOptions = {}): string {
  const timeZone = opts.timeZone ?? 'Europe/Stockholm';
  const columns: [string, (e: MeetingEntry) => string][] = [
    ['minutes.meetingDate', () => m.meetingDate],
    ['minutes.key', (e) => e.activityKey],
    ['minutes.itemTitle', (e) => e.title],
    ['minutes.owner', (e) => e.owner?.name ?? ''],
    ['minutes.note', (e) => e.note],
    ['minutes.statusFrom', (e) => statusText(locale, e.statusFrom)],
    ['minutes.statusTo', (e) => statusText(locale, e.statusTo)],
    ['minutes.dueDateFrom', (e) => e.dueDateFrom ?? ''],
    ['minutes.dueDateTo', (e) => e.dueDateTo ?? ''],
    ['minutes.priorityChange', (e) => priorityChange(locale, e)],
    ['minutes.resolution', (e) => e.resolution ?? ''],
    ['minutes.recordedAt', (e) => localTime(e.at, timeZone)],
    ['minutes.recordedBy', (e) => e.by.name],
  ];
  const header = columns.map(([key]) => t(locale, key));
  return excelCsv(header, m.entries.map((e) => columns.map(([, value]) => value(e))));
}

/** What a download of the minutes is: body, content type and file name (protokoll-2026-12-01.md). */
export function minutesFile(
  m: Meeting,
  format: MinutesFormat,
  locale: Locale,
  opts: MinutesOptions = {},
): { body: string; contentType: string; filename: string } {
  const base = `${t(locale, 'minutes.filename')}-${m.meetingDate}`;
  switch (format) {
    case 'md':
      return { body: minutesMarkdown(m, locale, opts), contentType: 'text/markdown; charset=utf-8', filename: `${base}.md` };
    case 'csv':
      return { body: minutesCsv(m, locale, opts), contentType: 'text/csv; charset=utf-8', filename: `${base}.csv` };
    default:
      return { body: minutesText(m, locale, opts), contentType: 'text/plain; charset=utf-8', filename: `${base}.txt` };
  }
}
