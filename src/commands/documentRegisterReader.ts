import { IsoDate, localDate } from '../domain/calendar';
import { RegisterDocument } from '../domain/documentRegister';
import { DocumentView, documentViews } from '../domain/documentView';
import { Identity } from '../domain/roles';
import { Result, fail, ok } from '../domain/problem';
import { CommandContext, authorize } from './context';
import { nextMeetingDate } from './followUpSettings';

/** Reading the förvaltningsdokumentation register: everyone signed in (documents.read). */

/** What "due" is reckoned against: today and the next monthly meeting, both in the app's zone. */
export interface ReviewDay {
  today: IsoDate;
  nextMeeting: IsoDate;
}

/** `meeting`: a meeting other than the next one by the schedule (the restlista shown for a chosen date). */
export async function reviewDay(ctx: CommandContext, meeting?: IsoDate): Promise<ReviewDay> {
  const now = ctx.now();
  return { today: localDate(now, ctx.timeZone), nextMeeting: meeting ?? (await nextMeetingDate(ctx, now)) };
}

/** The documents as the register shows them: each with its next review, whether it is due, and where it is used. */
export async function viewsOf(ctx: CommandContext, docs: readonly RegisterDocument[], meeting?: IsoDate): Promise<{ items: DocumentView[] } & ReviewDay> {
  const [day, checklist] = await Promise.all([reviewDay(ctx, meeting), ctx.store.checklist.get()]);
  return { items: documentViews(docs, { ...day, checklist: checklist ?? null }), ...day };
}

export async function listDocuments(ctx: CommandContext, actor: Identity): Promise<Result<{ items: DocumentView[] } & ReviewDay>> {
  const allowed = authorize(actor, 'documents.read');
  if (!allowed.ok) return allowed;
  return ok(await viewsOf(ctx, await ctx.store.documents.list()));
}

export async function readDocument(ctx: CommandContext, id: string, actor: Identity): Promise<Result<DocumentView>> {
  const allowed = authorize(actor, 'documents.read');
  if (!allowed.ok) return allowed;
  const doc = await ctx.store.documents.get(id);
  if (!doc) return fail('not_found', 'document.notFound', { params: { id } });
  return ok((await viewsOf(ctx, [doc])).items[0]!);
}

/** The documents whose review is overdue or due by the next meeting (the follow-up's "Dokument att granska"), most overdue first. */
export async function documentsToReview(ctx: CommandContext, meeting: IsoDate | undefined, actor: Identity): Promise<Result<{ items: DocumentView[] } & ReviewDay>> {
  const allowed = authorize(actor, 'documents.read');
  if (!allowed.ok) return allowed;
  const all = await viewsOf(ctx, await ctx.store.documents.list(), meeting);
  return ok({ ...all, items: dueFirst(all.items) });
}

export const dueFirst = (items: readonly DocumentView[]): DocumentView[] =>
  items
    .filter((d) => d.due !== null)
    .sort((a, b) => (a.nextReview ?? '').localeCompare(b.nextReview ?? '') || a.title.localeCompare(b.title, 'sv'));
