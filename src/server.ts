import restify, { Server } from 'restify';
import type { Logger } from 'pino';
import { UseCases } from './commands';
import { Locale, localeFromAcceptLanguage } from './i18n';
import { internalErrorResponse, problemOfStatus, problemResponse } from './http/problemResponse';
import { RouteDeps, userIdOf } from './api/route';
import { Identify } from './api/identify';
import { registerActivityRoutes } from './api/activitiesApi';
import { registerRestlistaRoutes } from './api/restlistaApi';
import { registerChecklistRoutes } from './api/checklistApi';
import { registerMeRoutes } from './api/meApi';
import { registerMeetingRoutes } from './api/meetingsApi';
import { registerTabFiles } from './web/tabFiles';
import { ConsentSettings, registerConsentRedirect } from './web/consentRedirect';
import { registerPeopleRoutes } from './api/peopleApi';
import { registerTrainingRoutes } from './api/trainingsApi';
import { registerSettingsRoutes } from './api/settingsApi';
import { registerCategoryRoutes } from './api/categoriesApi';
import { registerAccessRoutes } from './api/accessApi';
import { registerAuditRoutes } from './api/auditApi';
import { registerCostRoutes } from './api/costsApi';
import { registerDocumentRoutes } from './api/documentsApi';
import { CalendarLinks } from './web/calendarLinks';
import { registerCalendarFiles } from './web/calendarFiles';

export interface ServerDeps {
  useCases: UseCases;
  defaultLocale: Locale;
  maxBodyBytes: number;
  authMode: 'dev' | 'entra';
  identify: Identify;
  logger: Logger;
  /** The level of the one line per request: info when deployed, debug with the demo sign-in (a terminal on one's own machine stays readable). */
  requestLogLevel?: 'info' | 'debug';
  /** The built tab (dist/tab), served under /tab. */
  tabDir: string;
  /** Registers POST /api/messages (the bot, with its own body parser); absent when the bot is off. */
  registerBot?: (server: Server) => void;
  /** Signed calendar links: GET /calendar/:trainingId.ics (no sign-in). */
  calendar?: { links: CalendarLinks; uidDomain: () => string };
  /** The consent step for Microsoft Graph (GET /auth/consent); null when Graph is off. */
  consent?: ConsentSettings | null;
}

/** The restify server: /healthz, /api/*, the bot (/api/messages), calendar files (/calendar) and the tab under /tab. */
export function createServer(deps: ServerDeps): Server {
  const server = restify.createServer({ name: 'forvaltningsstod', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));

  const uc = deps.useCases;
  const routeDeps: RouteDeps = {
    identify: deps.identify,
    defaultLocale: deps.defaultLocale,
    onError: (req, error) =>
      deps.logger.error({ method: req.method, path: req.getPath(), err: error }, 'unhandled error in request'),
  };

  server.get('/healthz', (_req, res, next) => {
    uc.health().then((store) => {
      res.writeHead(store.ok ? 200 : 503, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ status: store.ok ? 'ok' : 'unavailable', store }));
      next();
    }, next);
  });

  registerActivityRoutes(server, routeDeps, uc, deps.maxBodyBytes);
  registerRestlistaRoutes(server, routeDeps, uc);
  registerChecklistRoutes(server, routeDeps, uc, deps.maxBodyBytes);
  registerMeetingRoutes(server, routeDeps, uc, deps.maxBodyBytes);
  registerTrainingRoutes(server, routeDeps, uc, deps.maxBodyBytes);
  registerSettingsRoutes(server, routeDeps, uc, deps.maxBodyBytes);
  registerCategoryRoutes(server, routeDeps, uc, deps.maxBodyBytes);
  registerAccessRoutes(server, routeDeps, uc, deps.maxBodyBytes);
  registerAuditRoutes(server, routeDeps, uc);
  // Kostnadskalkyl (issue 16)
  registerCostRoutes(server, routeDeps, uc, deps.maxBodyBytes);
  registerMeRoutes(server, routeDeps, uc, deps.authMode);
  registerPeopleRoutes(server, routeDeps, uc, deps.authMode);
  registerDocumentRoutes(server, routeDeps, uc, deps.maxBodyBytes);
  registerTabFiles(server, deps.tabDir, { devMode: deps.authMode === 'dev' });
  registerConsentRedirect(server, deps.consent ?? null);
  deps.registerBot?.(server);
  if (deps.calendar) {
    registerCalendarFiles(server, { useCases: uc, defaultLocale: deps.defaultLocale, ...deps.calendar });
  }

  // restify's own errors (unknown path, wrong method, …) get the same shape, codes and words as ours.
  server.on('restifyError', (req, res, err, callback) => {
    const locale = localeFromAcceptLanguage(req.headers['accept-language'], deps.defaultLocale);
    const problem = problemOfStatus(err.statusCode ?? 500, req.method ?? '');
    const { headers, body } = problem ? problemResponse(problem, locale) : internalErrorResponse(locale);
    for (const [name, value] of Object.entries(headers)) res.header(name, value);
    err.toJSON = () => body;
    return callback();
  });

  // One structured line per request; no personal data beyond the caller's object id.
  const requestLine = deps.requestLogLevel ?? 'info';
  server.on('after', (req, res, _route, err) => {
    deps.logger[requestLine](
      {
        method: req.method,
        path: req.getPath(),
        status: res.statusCode,
        ms: Math.round((Date.now() - req.time()) * 10) / 10,
        user: userIdOf(req),
        ...(err ? { error: err.name } : {}),
      },
      'request',
    );
  });

  return server;
}

/** What the server answers, as registered: method and path pattern (`/api/activities/:key`), for the request fuzz test and docs. */
export interface ServedRoute {
  method: string;
  path: string;
}

export function servedRoutes(server: Server): ServedRoute[] {
  // The router keeps its routes by name (typed as an array, held as an object).
  return Object.values(server.router.getRoutes() as unknown as Record<string, { method: string; path: string | RegExp }>).map((r) => ({
    method: r.method.toUpperCase(),
    path: String(r.path),
  }));
}

export function listen(server: Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.removeListener('error', reject);
      const address = server.address();
      resolve(`http://${host.includes(':') ? `[${host}]` : host}:${address.port}`);
    });
  });
}
