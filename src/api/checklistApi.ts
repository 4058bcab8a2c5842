import type { Server } from 'restify';
import { checklistView } from '../domain/checklist';
import { UseCases } from '../commands';
import { RouteDeps, serve, orFail } from './route';
import { API } from './contract';
import { etag, ifMatchVersion, parseWith } from './input';
import { readJson } from '../http/jsonBody';
import { checklistItemCreateInput, checklistItemPatchInput, signOffInput } from './schemas';
import { handoverRecord } from '../domain/handoverRecord';
import { localDate } from '../domain/calendar';
import { addMessages, t } from '../i18n';
import * as handoverTexts from '../i18n/tab/handover';
import { handoverXlsx } from './handoverExport';

// The record's words are the print view's (the tab's handover texts), so both say the same.
addMessages(handoverTexts);

/**
 * The handover checklist (checklista överlämning till förvaltning) with its progress and
 * sign-off, and GET /api/checklist/export: the checklist as a record (xlsx) for the registry.
 */
export function registerChecklistRoutes(server: Server, deps: RouteDeps, uc: UseCases, maxBodyBytes: number): void {
  serve(server, API.checklist.read, deps, async ({ identity }) => ({ json: checklistView(orFail(await uc.checklist.read(identity))) }));

  serve(server, API.checklist.export, deps, async ({ identity, locale }) => {
    const checklist = orFail(await uc.checklist.read(identity));
    const now = uc.clock.now();
    const tr = (key: string, params?: Record<string, string | number>) => t(locale, key, params);
    const record = handoverRecord(checklist, locale, uc.clock.timeZone, now, tr);
    const sheets = { items: tr('tab.handover.record.sheet.items'), signatures: tr('tab.handover.record.sheet.signatures') };
    const name = `${tr('tab.handover.record.file')}-${localDate(now, uc.clock.timeZone)}.xlsx`;
    return {
      body: await handoverXlsx(record, sheets, now),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      headers: { 'content-disposition': `attachment; filename="${name}"` },
    };
  });

  serve(server, API.checklist.addItem, deps, async ({ req, identity }) => {
    const input = orFail(parseWith(checklistItemCreateInput, orFail(await readJson(req, maxBodyBytes))));
    const { checklist, result: item } = orFail(await uc.checklist.addItem(input, identity));
    return { status: 201, json: { item, checklist: checklistView(checklist) }, headers: { etag: etag(item.version) } };
  });

  serve(server, API.checklist.changeItem, deps, async ({ req, identity }) => {
    const version = orFail(ifMatchVersion(req));
    const change = orFail(parseWith(checklistItemPatchInput, orFail(await readJson(req, maxBodyBytes))));
    const { checklist, result: item } = orFail(await uc.checklist.changeItem(String(req.params.id), version, change, identity));
    return { json: { item, checklist: checklistView(checklist) }, headers: { etag: etag(item.version) } };
  });

  serve(server, API.checklist.sign, deps, async ({ req, identity }) => {
    const { role } = orFail(parseWith(signOffInput, orFail(await readJson(req, maxBodyBytes))));
    return { json: checklistView(orFail(await uc.checklist.sign(role, identity))) };
  });

  serve(server, API.checklist.withdrawSignature, deps, async ({ identity }) => ({
    json: checklistView(orFail(await uc.checklist.withdrawSignature(identity))),
  }));
}
