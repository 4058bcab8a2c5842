import ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import { AuditEntry, AuditHead, AuditPerson } from '../domain/audit';
import { Translate, auditSentences, recordLabel } from '../domain/auditSentence';
import { excelCsv } from './excelCsv';

/**
 * The audit trail as a spreadsheet, in the caller's language: one row per entry (newest first),
 * its sentences, and its own and its predecessor's hash — and the chain's head (count and hash)
 * at the end of the CSV and on a sheet of its own in the workbook, so a copy kept elsewhere can
 * later show that nothing in the store was edited or removed since. CSV as every export here
 * (excelCsv: Swedish Excel's conventions).
 */
export interface TrailExport {
  entries: readonly AuditEntry[];
  people: readonly AuditPerson[];
  head: AuditHead;
  timeZone: string;
  generatedAt: Date;
  t: Translate;
}

const local = (iso: string, zone: string) => DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone).toFormat('yyyy-MM-dd HH:mm:ss');

function rows(x: TrailExport): string[][] {
  const people = new Map(x.people.map((p) => [p.pseudonym, p]));
  return x.entries.map((e) => [
    String(e.seq),
    local(e.at, x.timeZone),
    e.actor ? (people.get(e.actor)?.name ?? x.t('audit.erased')) : x.t('audit.someone'),
    recordLabel(e.record, x.t),
    auditSentences(e, people, x.t, (iso) => local(iso, x.timeZone)).join('\n'),
    e.hash,
    e.prev,
  ]);
}

const headers = (t: Translate) => ['seq', 'at', 'who', 'record', 'what', 'hash', 'prev'].map((c) => t(`audit.export.${c}`));

export function trailCsv(x: TrailExport): Buffer {
  const head = ['', '', '', '', x.t('audit.export.head', { count: x.head.count }), x.head.hash, ''];
  return Buffer.from(excelCsv(headers(x.t), [...rows(x), head]), 'utf8');
}

export async function trailXlsx(x: TrailExport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Förvaltningsstöd';
  workbook.created = x.generatedAt;
  const sheet = workbook.addWorksheet(x.t('audit.export.sheet'), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers(x.t).map((header, i) => ({ header, width: [8, 20, 24, 28, 80, 66, 66][i] }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows(x)) sheet.addRow(row).getCell(5).alignment = { wrapText: true, vertical: 'top' };
  const chain = workbook.addWorksheet(x.t('audit.export.chainSheet'));
  chain.columns = [{ width: 28 }, { width: 70 }];
  chain.addRows([
    [x.t('audit.export.count'), x.head.count],
    [x.t('audit.export.headHash'), x.head.hash],
    [x.t('audit.export.generated'), local(x.generatedAt.toISOString(), x.timeZone)],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
