import { DateTime } from 'luxon';
import { PlacedRegistration } from '../domain/trainingView';
import { t } from '../i18n';
import { excelCsv } from './excelCsv';

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
  const rows = registrations.map((r) => REGISTRATION_EXPORT_COLUMNS.map((c) => c.value(r, timeZone)));
  return Buffer.from(excelCsv(REGISTRATION_EXPORT_COLUMNS.map((c) => c.header), rows), 'utf8');
}
