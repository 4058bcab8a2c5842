import type { Server } from 'restify';
import { Checklist, checklistProgress } from '../domain/checklist';
import { CommandContext, authorize } from '../commands/context';
import { loadChecklist } from '../commands/checklistDocument';
import { addChecklistItem, changeChecklistItem } from '../commands/checklistEditor';
import { signChecklist, withdrawChecklistSignature } from '../commands/checklistSigner';
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

export function registerChecklistRoutes(server: Server, deps: RouteDeps, ctx: CommandContext, maxBodyBytes: number): void {
  server.get(
    '/api/checklist',
    route(deps, async ({ identity }) => {
      orFail(authorize(identity, 'checklist.read'));
      return { json: checklistView(await loadChecklist(ctx)) };
    }),
  );

  server.post(
    '/api/checklist/items',
    route(deps, async ({ req, identity }) => {
      orFail(authorize(identity, 'checklist.edit'));
      const input = orFail(parseWith(checklistItemCreateInput, orFail(await readJson(req, maxBodyBytes))));
      const { checklist, result: item } = orFail(await addChecklistItem(ctx, input, identity));
      return { status: 201, json: { item, checklist: checklistView(checklist) }, headers: { etag: etag(item.version) } };
    }),
  );

  server.patch(
    '/api/checklist/items/:id',
    route(deps, async ({ req, identity }) => {
      orFail(authorize(identity, 'checklist.edit'));
      const version = orFail(ifMatchVersion(req));
      const change = orFail(parseWith(checklistItemPatchInput, orFail(await readJson(req, maxBodyBytes))));
      const { checklist, result: item } = orFail(
        await changeChecklistItem(ctx, String(req.params.id), version, change, identity),
      );
      return { json: { item, checklist: checklistView(checklist) }, headers: { etag: etag(item.version) } };
    }),
  );

  server.post(
    '/api/checklist/sign-off',
    route(deps, async ({ req, identity }) => {
      const { role } = orFail(parseWith(signOffInput, orFail(await readJson(req, maxBodyBytes))));
      return { json: checklistView(orFail(await signChecklist(ctx, role, identity))) };
    }),
  );

  server.del(
    '/api/checklist/sign-off',
    route(deps, async ({ identity }) => ({
      json: checklistView(orFail(await withdrawChecklistSignature(ctx, identity))),
    })),
  );
}
