import { stringify } from 'csv-stringify/sync';

/**
 * CSV the way Swedish Excel opens it: UTF-8 with BOM, semicolons, CRLF, and formulas
 * neutralized. The one place every CSV export (activities, registrations, minutes) is written.
 */

/**
 * A cell starting with = + - @ (or a tab/CR) would be run as a formula by a spreadsheet:
 * such text is prefixed with an apostrophe in CSV (the xlsx stores it as plain text).
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The header as given, every data cell neutralized. */
export function excelCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return stringify([[...header], ...rows.map((row) => row.map(neutralizeFormula))], {
    delimiter: ';',
    record_delimiter: '\r\n',
    // A bare line break inside a cell must be quoted too, or Excel splits the row.
    quoted_match: /[\r\n]/,
    bom: true,
  });
}
