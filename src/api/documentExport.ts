import ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import { excelCsv } from './excelCsv';
import { DocumentView } from '../domain/documentView';
import { Locale, t } from '../i18n';

/**
 * The förvaltningsdokumentation register as a spreadsheet, in the caller's language: kinds,
 * statuses and "to review" in the tab's words, times in the app's zone. CSV as every export
 * here (api/excelCsv.ts): UTF-8 with BOM, semicolons, CRLF, formulas neutralized.
 */
const localTime = (iso: string, zone: string) => DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone).toFormat('yyyy-MM-dd HH:mm');

interface Column {
  key: string;
  width: number;
  value: (d: DocumentView, locale: Locale, zone: string) => string | number;
}

const COLUMNS: Column[] = [
  { key: 'id', width: 8, value: (d) => d.id },
  { key: 'title', width: 40, value: (d) => d.title },
  { key: 'kind', width: 20, value: (d, l) => t(l, `tab.documents.kind.${d.kind}`) },
  { key: 'link', width: 50, value: (d) => d.link },
  { key: 'owner', width: 22, value: (d) => d.owner?.name ?? '' },
  { key: 'versionLabel', width: 10, value: (d) => d.versionLabel },
  { key: 'documentDate', width: 14, value: (d) => d.documentDate },
  { key: 'status', width: 16, value: (d, l) => t(l, `tab.documents.status.${d.status}`) },
  { key: 'lastReviewed', width: 14, value: (d) => d.lastReviewed ?? '' },
  { key: 'interval', width: 12, value: (d) => d.reviewIntervalMonths ?? '' },
  { key: 'nextReview', width: 14, value: (d) => d.nextReview ?? '' },
  { key: 'due', width: 12, value: (d, l) => (d.due ? t(l, `tab.documents.mark.${d.due}`) : '') },
  { key: 'usedIn', width: 24, value: (d) => d.usedIn.map((u) => u.itemId).join(', ') },
  { key: 'notes', width: 50, value: (d) => d.notes },
  { key: 'updatedBy', width: 22, value: (d) => d.updatedBy.name },
  { key: 'updatedAt', width: 17, value: (d, _l, zone) => localTime(d.updatedAt, zone) },
];

const headers = (locale: Locale) => COLUMNS.map((c) => t(locale, `tab.documents.export.${c.key}`));
const rows = (docs: readonly DocumentView[], locale: Locale, zone: string) => docs.map((d) => COLUMNS.map((c) => c.value(d, locale, zone)));

export const documentsFileName = (locale: Locale, stamp: string, format: 'csv' | 'xlsx') => `${t(locale, 'tab.documents.export.filename')}-${stamp}.${format}`;

export function documentsCsv(docs: readonly DocumentView[], locale: Locale, zone: string): Buffer {
  return Buffer.from(excelCsv(headers(locale), rows(docs, locale, zone).map((r) => r.map(String))), 'utf8');
}

export async function documentsXlsx(docs: readonly DocumentView[], locale: Locale, generatedAt: Date, zone: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Förvaltningsstöd';
  workbook.created = generatedAt;
  const sheet = workbook.addWorksheet(t(locale, 'tab.documents.export.sheet'), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers(locale).map((header, i) => ({ header, width: COLUMNS[i]!.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows(docs, locale, zone)) sheet.addRow(row);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
