import type { Server } from 'restify';
import { UseCases } from '../commands';
import { localDate } from '../domain/calendar';
import { DocumentView } from '../domain/documentView';
import { addMessages } from '../i18n';
import * as documentTexts from '../i18n/tab/documents';
import { RouteDeps, serve, orFail } from './route';
import { API } from './contract';
import { etag, ifMatchVersion, parseWith } from './input';
import { readJson } from '../http/jsonBody';
import { documentCreateInput, documentExportQueryInput, documentPatchInput, documentReviewInput, documentsDueQueryInput } from './schemas';
import { documentsCsv, documentsFileName, documentsXlsx } from './documentExport';

addMessages(documentTexts);

/**
 * /api/documents: the förvaltningsdokumentation register. Everyone signed in reads it; the team
 * (documents.edit) adds, changes and marks documents reviewed, naming the version it read
 * (If-Match → 412 with the current document when someone saved first).
 */
export function registerDocumentRoutes(server: Server, deps: RouteDeps, uc: UseCases, maxBodyBytes: number): void {
  const one = (doc: DocumentView, status = 200) => ({ status, json: doc, headers: { etag: etag(doc.version) } });

  serve(server, API.documents.list, deps, async ({ identity }) => {
    const listed = orFail(await uc.documents.list(identity));
    return { json: { ...listed, count: listed.items.length } };
  });

  serve(server, API.documents.toReview, deps, async ({ req, identity }) => {
    const { meeting } = orFail(parseWith(documentsDueQueryInput, req.query));
    const due = orFail(await uc.documents.toReview(meeting, identity));
    return { json: { ...due, count: due.items.length } };
  });

  serve(server, API.documents.export, deps, async ({ req, locale, identity }) => {
    const { format } = orFail(parseWith(documentExportQueryInput, req.query));
    const { items } = orFail(await uc.documents.list(identity));
    const now = uc.clock.now();
    const name = documentsFileName(locale, localDate(now, uc.clock.timeZone), format);
    const headers = { 'content-disposition': `attachment; filename="${name}"` };
    if (format === 'csv') return { body: documentsCsv(items, locale, uc.clock.timeZone), contentType: 'text/csv; charset=utf-8', headers };
    return {
      body: await documentsXlsx(items, locale, now, uc.clock.timeZone),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      headers,
    };
  });

  serve(server, API.documents.create, deps, async ({ req, identity }) => {
    const input = orFail(parseWith(documentCreateInput, orFail(await readJson(req, maxBodyBytes))));
    const doc = orFail(await uc.documents.create(input, identity));
    return { ...one(doc, 201), headers: { etag: etag(doc.version), location: `/api/documents/${doc.id}` } };
  });

  serve(server, API.documents.read, deps, async ({ req, identity }) => one(orFail(await uc.documents.read(String(req.params.id), identity))));

  serve(server, API.documents.update, deps, async ({ req, identity }) => {
    const version = orFail(ifMatchVersion(req));
    const patch = orFail(parseWith(documentPatchInput, orFail(await readJson(req, maxBodyBytes))));
    return one(orFail(await uc.documents.update(String(req.params.id), version, patch, identity)));
  });

  serve(server, API.documents.review, deps, async ({ req, identity }) => {
    const version = orFail(ifMatchVersion(req));
    const review = orFail(parseWith(documentReviewInput, orFail(await readJson(req, maxBodyBytes))));
    return one(orFail(await uc.documents.review(String(req.params.id), version, review, identity)));
  });
}
