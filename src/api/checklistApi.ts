import type { Server } from 'restify';
import { Checklist, checklistProgress } from '../domain/checklist';
import { UseCases } from '../commands';
import { RouteDeps, route, orFail } from './route';
import { etag, ifMatchVersion, parseWith } from './input';
import { readJson } from '../http/jsonBody';
import { checklistItemCreateInput, checklistItemPatchInput, signOffInput } from './schemas';

/** The handover checklist (checklista överlämning till förvaltning) with its progress and sign-off. */
export const checklistView = (checklist: Checklist) => ({
  ...checklist,
  progress: checklistProgress(checklist),
  locked: checklist.signatures.length > 0,
  readOnly: checklist.signedOffAt !== null,
});

export function registerChecklistRoutes(server: Server, deps: RouteDeps, uc: UseCases, maxBodyBytes: number): void {
  server.get(
    '/api/checklist',
    route(deps, async ({ identity }) => {
      return { json: checklistView(orFail(await uc.checklist.read(identity))) };
    }),
  );

  server.post(
    '/api/checklist/items',
    route(deps, async ({ req, identity }) => {
      const input = orFail(parseWith(checklistItemCreateInput, orFail(await readJson(req, maxBodyBytes))));
      const { checklist, result: item } = orFail(await uc.checklist.addItem(input, identity));
      return { status: 201, json: { item, checklist: checklistView(checklist) }, headers: { etag: etag(item.version) } };
    }),
  );

  server.patch(
    '/api/checklist/items/:id',
    route(deps, async ({ req, identity }) => {
      const version = orFail(ifMatchVersion(req));
      const change = orFail(parseWith(checklistItemPatchInput, orFail(await readJson(req, maxBodyBytes))));
      const { checklist, result: item } = orFail(await uc.checklist.changeItem(String(req.params.id), version, change, identity));
      return { json: { item, checklist: checklistView(checklist) }, headers: { etag: etag(item.version) } };
    }),
  );

  server.post(
    '/api/checklist/sign-off',
    route(deps, async ({ req, identity }) => {
      const { role } = orFail(parseWith(signOffInput, orFail(await readJson(req, maxBodyBytes))));
      return { json: checklistView(orFail(await uc.checklist.sign(role, identity))) };
    }),
  );

  server.del(
    '/api/checklist/sign-off',
    route(deps, async ({ identity }) => ({
      json: checklistView(orFail(await uc.checklist.withdrawSignature(identity))),
    })),
  );
}
