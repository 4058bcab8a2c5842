import { stringify } from 'csv-stringify/sync';
import { DateTime } from 'luxon';
import { PlacedRegistration } from '../commands/trainingListing';
import { t } from '../i18n';
import { neutralizeFormula } from './activityExport';

/**
 * A training's registrations as the organisers read them: Swedish headers and status words,
 * the time of sign-up in the app's time zone. CSV the way Swedish Excel opens it (like the
 * activity export): UTF-8 with BOM, semicolons, CRLF, formulas neutralized.
 */
export const REGISTRATION_EXPORT_COLUMNS: { header: string; value: (r: PlacedRegistration, timeZone: string) => string }[] = [
  { header: 'Namn', value: (r) => r.name },
  { header: 'E-post', value: (r) => r.email ?? '' },
  { header: 'Avdelning', value: (r) => r.department ?? '' },
  { header: 'Status', value: (r) => t('sv', `registration.status.${r.status}`) },
  { header: 'Köplats', value: (r) => (r.position === null ? '' : String(r.position)) },
  {
    header: 'Anmäld',
    value: (r, timeZone) => DateTime.fromISO(r.registeredAt, { zone: 'utc' }).setZone(timeZone).toFormat('yyyy-MM-dd HH:mm'),
  },
];

export function registrationsCsv(registrations: readonly PlacedRegistration[], timeZone: string): Buffer {
  const rows = registrations.map((r) => REGISTRATION_EXPORT_COLUMNS.map((c) => neutralizeFormula(c.value(r, timeZone))));
  const text = stringify([REGISTRATION_EXPORT_COLUMNS.map((c) => c.header), ...rows], {
    delimiter: ';',
    record_delimiter: '\r\n',
    // A bare line break inside a cell must be quoted too, or Excel splits the row.
    quoted_match: /[\r\n]/,
    bom: true,
  });
  return Buffer.from(text, 'utf8');
}
