import { IsoDate, localDate } from '../domain/calendar';
import { DocumentFields, DocumentPatch, RegisterDocument, changeDocument, newDocument, reviewDocument } from '../domain/documentRegister';
import { DocumentView } from '../domain/documentView';
import { Identity } from '../domain/roles';
import { Result, fail, ok } from '../domain/problem';
import { WriteResult } from '../store/store';
import { CommandContext, authorize, person } from './context';
import { viewsOf } from './documentRegisterReader';

/**
 * Keeping the förvaltningsdokumentation register: the team adds and changes documents and marks
 * them reviewed ("Granskad") — documents.edit. Changes name the version they started from
 * (If-Match): a stale one changes nothing and the conflict carries the document as it is now.
 */

const viewOf = async (ctx: CommandContext, doc: RegisterDocument): Promise<DocumentView> => (await viewsOf(ctx, [doc])).items[0]!;

export async function createDocument(ctx: CommandContext, fields: DocumentFields, actor: Identity): Promise<Result<DocumentView>> {
  const allowed = authorize(actor, 'documents.edit');
  if (!allowed.ok) return allowed;
  const created = newDocument(fields, person(actor), ctx.now());
  if (!created.ok) return created;
  return ok(await viewOf(ctx, await ctx.store.documents.create(created.value.draft, created.value.audit)));
}

async function current(ctx: CommandContext, id: string, expectedVersion: number): Promise<Result<RegisterDocument>> {
  const doc = await ctx.store.documents.get(id);
  if (!doc) return fail('not_found', 'document.notFound', { params: { id } });
  if (doc.version !== expectedVersion) return fail('conflict', 'conflict.stale', { current: await viewOf(ctx, doc) });
  return ok(doc);
}

async function written(ctx: CommandContext, id: string, result: WriteResult<RegisterDocument>): Promise<Result<DocumentView>> {
  if (result.ok) return ok(await viewOf(ctx, result.value));
  if (result.reason === 'conflict') return fail('conflict', 'conflict.stale', { current: await viewOf(ctx, result.current) });
  return fail('not_found', 'document.notFound', { params: { id } });
}

export async function updateDocument(
  ctx: CommandContext,
  id: string,
  expectedVersion: number,
  patch: DocumentPatch,
  actor: Identity,
): Promise<Result<DocumentView>> {
  const allowed = authorize(actor, 'documents.edit');
  if (!allowed.ok) return allowed;
  const doc = await current(ctx, id, expectedVersion);
  if (!doc.ok) return doc;
  const changed = changeDocument(doc.value, patch, person(actor), ctx.now());
  if (!changed.ok) return changed;
  if (!changed.value.audit) return ok(await viewOf(ctx, doc.value));
  return written(ctx, id, await ctx.store.documents.save(changed.value.next, expectedVersion, changed.value.audit));
}

/** "Granskad": reviewed on `on` (default today in the app's zone), with a note; the next interval starts there. */
export async function markDocumentReviewed(
  ctx: CommandContext,
  id: string,
  expectedVersion: number,
  review: { on?: IsoDate; note: string },
  actor: Identity,
): Promise<Result<DocumentView>> {
  const allowed = authorize(actor, 'documents.edit');
  if (!allowed.ok) return allowed;
  const doc = await current(ctx, id, expectedVersion);
  if (!doc.ok) return doc;
  const now = ctx.now();
  const today = localDate(now, ctx.timeZone);
  const reviewed = reviewDocument(doc.value, { on: review.on ?? today, note: review.note }, person(actor), now, today);
  if (!reviewed.ok) return reviewed;
  return written(ctx, id, await ctx.store.documents.save(reviewed.value.next, expectedVersion, reviewed.value.audit));
}
