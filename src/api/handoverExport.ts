import ExcelJS from 'exceljs';
import { HandoverRecord } from '../domain/handoverRecord';

/**
 * The signed handover checklist as a workbook for the registry (diariet): a sheet with every
 * item (section, item, status, who ticked it and when, responsible, comment, evidence) and a
 * sheet with the signatures (role, name, local time, checksum) — the same record the print view
 * shows (domain/handoverRecord.ts), in the caller's language.
 */
export async function handoverXlsx(record: HandoverRecord, sheetNames: { items: string; signatures: string }, generatedAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Förvaltningsstöd';
  workbook.created = generatedAt;
  workbook.title = `${record.title} — ${record.status}`;

  const items = workbook.addWorksheet(sheetNames.items, { views: [{ state: 'frozen', ySplit: 1 }] });
  const c = record.columns;
  items.columns = [c.section, c.item, c.status, c.by, c.at, c.responsible, c.comment, c.evidence].map((header, i) => ({
    header,
    width: [24, 60, 24, 30, 18, 22, 40, 40][i],
  }));
  items.getRow(1).font = { bold: true };
  for (const item of record.sections.flatMap((s) => s.items)) {
    const row = items.addRow([item.section, item.text, item.status, item.by, item.at, item.responsible, item.comment, item.evidence]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }

  const signatures = workbook.addWorksheet(sheetNames.signatures);
  const s = record.signatureColumns;
  signatures.columns = [s.role, s.name, s.at, s.hash].map((header, i) => ({ header, width: [22, 26, 18, 68][i] }));
  signatures.getRow(1).font = { bold: true };
  for (const sig of record.signatures) signatures.addRow([sig.roleName, sig.name, sig.at, sig.hash]);
  // Below the table, apart from it: what the record is and what a checksum is.
  signatures.addRow([]);
  signatures.addRow([record.status]);
  signatures.addRow([record.extract]);
  signatures.addRow([record.hashNote]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
