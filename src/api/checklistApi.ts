import type { Server } from 'restify';
import { checklistView } from '../domain/checklist';
import { UseCases } from '../commands';
import { RouteDeps, serve, orFail } from './route';
import { API } from './contract';
import { etag, ifMatchVersion, parseWith } from './input';
import { readJson } from '../http/jsonBody';
import { checklistItemCreateInput, checklistItemPatchInput, signOffInput } from './schemas';

/** The handover checklist (checklista överlämning till förvaltning) with its progress and sign-off. */
export function registerChecklistRoutes(server: Server, deps: RouteDeps, uc: UseCases, maxBodyBytes: number): void {
  serve(server, API.checklist.read, deps, async ({ identity }) => ({ json: checklistView(orFail(await uc.checklist.read(identity))) }));

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
