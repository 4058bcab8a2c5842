import ExcelJS from 'exceljs';
import { excelCsv } from './excelCsv';
import { Activity } from '../domain/activity';

/**
 * The activity log as a spreadsheet, with Swedish headers as the administration reads it.
 * CSV is written the way Swedish Excel opens it: UTF-8 with BOM, semicolons, CRLF.
 */
export const EXPORT_COLUMNS: { header: string; value: (a: Activity) => string; width: number }[] = [
  { header: 'Nyckel', value: (a) => a.key, width: 9 },
  { header: 'Titel', value: (a) => a.title, width: 40 },
  { header: 'Beskrivning', value: (a) => a.description, width: 60 },
  { header: 'Kategori', value: (a) => a.category, width: 14 },
  { header: 'Ansvarig', value: (a) => a.owner?.name ?? '', width: 20 },
  { header: 'Status', value: (a) => a.status, width: 10 },
  { header: 'Prioritet', value: (a) => a.priority, width: 10 },
  { header: 'Förfallodatum', value: (a) => a.dueDate ?? '', width: 14 },
  { header: 'Ursprung', value: (a) => a.origin, width: 12 },
  { header: 'Avslutsnotering', value: (a) => a.resolution ?? '', width: 40 },
  { header: 'Skapad av', value: (a) => a.createdBy.name, width: 20 },
  { header: 'Skapad', value: (a) => a.createdAt, width: 22 },
  { header: 'Senast ändrad av', value: (a) => a.updatedBy.name, width: 20 },
  { header: 'Senast ändrad', value: (a) => a.updatedAt, width: 22 },
];

export function exportRows(activities: readonly Activity[]): string[][] {
  return activities.map((a) => EXPORT_COLUMNS.map((c) => c.value(a)));
}

export function activitiesCsv(activities: readonly Activity[]): Buffer {
  return Buffer.from(excelCsv(EXPORT_COLUMNS.map((c) => c.header), exportRows(activities)), 'utf8');
}

export async function activitiesXlsx(activities: readonly Activity[], generatedAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Förvaltningsstöd';
  workbook.created = generatedAt;
  const sheet = workbook.addWorksheet('Aktivitetslogg', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of exportRows(activities)) sheet.addRow(row);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
