import { createEvent, EventAttributes } from 'ics';
import { Training } from '../domain/training';
import { Locale, t } from '../i18n';

/**
 * A training as an iCalendar file (one VEVENT) that Outlook and other calendars import: title,
 * description with the organiser and the meeting link, start and end in UTC, the meeting link
 * or the room as location. The UID is stable per training and SEQUENCE follows its version, so
 * importing the file again after a change updates the same entry; a cancelled training says
 * STATUS:CANCELLED. (The organiser is named in the description: the app knows no e-mail address
 * for them, and iCalendar's ORGANIZER requires one.)
 */
export function trainingIcs(training: Training, opts: { locale: Locale; now: Date; uidDomain: string }): string {
  const { locale } = opts;
  const lines = [
    training.description,
    `${t(locale, 'bot.fact.organiser')}: ${training.organiser.name}`,
    ...(training.meetingUrl ? [`${t(locale, 'bot.action.join')}: ${training.meetingUrl}`] : []),
    ...(training.place ? [`${t(locale, 'bot.fact.where')}: ${training.place}`] : []),
  ].filter(Boolean);
  const attributes: EventAttributes & { timestamp: number } = {
    uid: `${training.id}@${opts.uidDomain}`,
    sequence: training.version,
    productId: 'forvaltningsstod/utbildningar',
    method: 'PUBLISH',
    title: training.title,
    description: lines.join('\n'),
    start: Date.parse(training.start),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: Date.parse(training.end),
    endInputType: 'utc',
    endOutputType: 'utc',
    location: training.meetingUrl ?? training.place ?? undefined,
    ...(training.meetingUrl ? { url: training.meetingUrl } : {}),
    status: training.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    busyStatus: 'BUSY',
    timestamp: opts.now.getTime(),
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw error ?? new Error('calendar file could not be built');
  return value;
}
