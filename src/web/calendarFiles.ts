import type { Server } from 'restify';
import { UseCases } from '../commands';
import { Locale, LOCALES, localeFromAcceptLanguage } from '../i18n';
import { fail } from '../domain/problem';
import { sendProblem } from '../http/reply';
import { CalendarLinks } from './calendarLinks';
import { trainingIcs } from './trainingIcs';

/**
 * GET /calendar/:trainingId.ics?u=<userId>&sig=<hmac>: the training's calendar file for the link
 * the bot handed out. No sign-in (Teams opens it in the browser); a missing or wrong signature
 * is 403, an unknown training 404.
 */
export function registerCalendarFiles(
  server: Server,
  deps: { useCases: UseCases; links: CalendarLinks; defaultLocale: Locale; uidDomain: () => string },
): void {
  server.get('/calendar/:file', (req, res, next) => {
    const query = (req.query ?? {}) as Record<string, unknown>;
    const wanted = typeof query.lang === 'string' && (LOCALES as readonly string[]).includes(query.lang) ? (query.lang as Locale) : null;
    const locale = wanted ?? localeFromAcceptLanguage(req.headers['accept-language'], deps.defaultLocale);
    const match = /^([A-Za-z0-9_-]{1,40})\.ics$/.exec(String(req.params.file ?? ''));
    const userId = typeof query.u === 'string' ? query.u : '';
    const signature = typeof query.sig === 'string' ? query.sig : '';
    if (!match) {
      sendProblem(res, fail('not_found', 'error.not_found').problem, locale);
      return next();
    }
    const trainingId = match[1]!;
    if (!userId || userId.length > 200 || !signature || !deps.links.verify(trainingId, userId, signature)) {
      sendProblem(res, fail('forbidden', 'calendar.badSignature').problem, locale);
      return next();
    }
    deps.useCases.trainings.forCalendar(trainingId).then(
      (training) => {
        if (!training) {
          sendProblem(res, fail('not_found', 'training.notFound', { params: { id: trainingId } }).problem, locale);
          return next();
        }
        const body = Buffer.from(trainingIcs(training, { locale, now: deps.useCases.clock.now(), uidDomain: deps.uidDomain() }), 'utf8');
        res.writeHead(200, {
          'content-type': 'text/calendar; charset=utf-8',
          'content-length': body.length,
          'content-disposition': `attachment; filename="${trainingId}.ics"`,
          'cache-control': 'private, no-store',
        });
        res.end(body);
        next();
      },
      (error: unknown) => next(error as Error),
    );
  });
}
