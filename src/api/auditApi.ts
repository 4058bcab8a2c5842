import type { Server } from 'restify';
import { UseCases } from '../commands';
import { localDate } from '../domain/calendar';
import { addMessages, t } from '../i18n';
import * as auditTexts from '../i18n/audit';
import { RouteDeps, orFail, serve } from './route';
import { API } from './contract';
import { parseWith } from './input';
import { auditExportQueryInput, auditQueryInput } from './schemas';
import { trailCsv, trailXlsx } from './auditExport';

addMessages(auditTexts);

/**
 * The audit trail (Händelselogg): GET /api/audit (a page, with the people it names and the
 * chain's head), GET /api/audit/verify (walks the chain), GET /api/audit/export (CSV/xlsx in the
 * caller's language, with the head).
 */
export function registerAuditRoutes(server: Server, deps: RouteDeps, uc: UseCases): void {
  serve(server, API.audit.read, deps, async ({ req, identity }) => {
    const query = orFail(parseWith(auditQueryInput, req.query));
    return { json: orFail(await uc.audit.read(query, identity)) };
  });

  serve(server, API.audit.verify, deps, async ({ identity }) => ({ json: orFail(await uc.audit.verify(identity)) }));

  serve(server, API.audit.export, deps, async ({ req, identity, locale }) => {
    const { format, ...filter } = orFail(parseWith(auditExportQueryInput, req.query));
    const trail = orFail(await uc.audit.export(filter, identity));
    const now = uc.clock.now();
    const x = { ...trail, timeZone: uc.clock.timeZone, generatedAt: now, t: (key: string, params?: Record<string, string | number>) => t(locale, key, params) };
    const name = `${t(locale, 'audit.export.filename')}-${localDate(now, uc.clock.timeZone)}.${format}`;
    const headers = { 'content-disposition': `attachment; filename="${name}"` };
    if (format === 'csv') return { body: trailCsv(x), contentType: 'text/csv; charset=utf-8', headers };
    return { body: await trailXlsx(x), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', headers };
  });
}
