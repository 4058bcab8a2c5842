import ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import { excelCsv } from './excelCsv';
import { Activity } from '../domain/activity';
import { t } from '../i18n';

/**
 * The activity log as a spreadsheet, with Swedish headers as the administration reads it:
 * statuses and priorities in the tab's words ("Pågår", "Hög"), times in the app's zone
 * ("2026-12-07 09:49"). CSV is written the way Swedish Excel opens it: UTF-8 with BOM,
 * semicolons, CRLF.
 */
const localTime = (iso: string, zone: string) => DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone).toFormat('yyyy-MM-dd HH:mm');
const word = (key: `tab.status.${Activity['status']}` | `tab.priority.${Activity['priority']}`) => t('sv', key);

export const EXPORT_COLUMNS: { header: string; value: (a: Activity, zone: string) => string; width: number }[] = [
  { header: 'Nyckel', value: (a) => a.key, width: 9 },
  { header: 'Titel', value: (a) => a.title, width: 40 },
  { header: 'Beskrivning', value: (a) => a.description, width: 60 },
  { header: 'Kategori', value: (a) => a.category, width: 14 },
  { header: 'Ansvarig', value: (a) => a.owner?.name ?? '', width: 20 },
  { header: 'Status', value: (a) => word(`tab.status.${a.status}`), width: 10 },
  { header: 'Prioritet', value: (a) => word(`tab.priority.${a.priority}`), width: 10 },
  { header: 'Förfallodatum', value: (a) => a.dueDate ?? '', width: 14 },
  { header: 'Ursprung', value: (a) => a.origin, width: 12 },
  { header: 'Avslutsnotering', value: (a) => a.resolution ?? '', width: 40 },
  { header: 'Skapad av', value: (a) => a.createdBy.name, width: 20 },
  { header: 'Skapad', value: (a, zone) => localTime(a.createdAt, zone), width: 17 },
  { header: 'Senast ändrad av', value: (a) => a.updatedBy.name, width: 20 },
  { header: 'Senast ändrad', value: (a, zone) => localTime(a.updatedAt, zone), width: 17 },
];

export function exportRows(activities: readonly Activity[], zone: string): string[][] {
  return activities.map((a) => EXPORT_COLUMNS.map((c) => c.value(a, zone)));
}

export function activitiesCsv(activities: readonly Activity[], zone: string): Buffer {
  return Buffer.from(excelCsv(EXPORT_COLUMNS.map((c) => c.header), exportRows(activities, zone)), 'utf8');
}

export async function activitiesXlsx(activities: readonly Activity[], generatedAt: Date, zone: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Förvaltningsstöd';
  workbook.created = generatedAt;
  const sheet = workbook.addWorksheet('Aktivitetslogg', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of exportRows(activities, zone)) sheet.addRow(row);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
