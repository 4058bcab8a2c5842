import { AuditHead, AuditPage, AuditRecordRef, AuditRecordType, AuditVerification } from '../domain/audit';
import { visibleAuditTypes } from '../domain/auditAccess';
import { IsoDate, startOfDay } from '../domain/calendar';
import { Result, ok } from '../domain/problem';
import { Identity } from '../domain/roles';
import { CommandContext, authorize } from './context';
import { wholeTrail } from './auditReader';

/** What the Händelselogg asks: a record, a person (Entra object id), local dates (inclusive), a page. */
export interface TrailQuery {
  record?: AuditRecordRef;
  type?: AuditRecordType;
  person?: string;
  from?: IsoDate;
  to?: IsoDate;
  after?: number;
  limit?: number;
  order?: 'oldest' | 'newest';
}

/** A page of the trail with the head it belongs to (shown in the tab, printed in exports). */
export type TrailPage = AuditPage & { head: AuditHead };

const DAY = 24 * 3600_000;

/** The store's query: people by pseudonym (none known: nothing matches), local days as instants, only the record types the caller may see. */
async function storeQuery(ctx: CommandContext, query: TrailQuery, actor: Identity) {
  const visible = visibleAuditTypes(actor);
  const types = query.type ? visible.filter((type) => type === query.type) : visible;
  if (types.length === 0 || (query.record && !types.includes(query.record.type))) return null;
  const person = query.person ? await ctx.store.audit.pseudonymOf(query.person) : undefined;
  if (query.person && !person) return null;
  return {
    record: query.record,
    person,
    types,
    from: query.from ? startOfDay(query.from, ctx.timeZone).toISOString() : undefined,
    // Through the whole of the `to` day (the next day's start, less a millisecond).
    to: query.to ? new Date(startOfDay(query.to, ctx.timeZone).getTime() + DAY - 1).toISOString() : undefined,
  };
}

/** GET /api/audit: the förvaltningsledare reads all of it; members the entries of what they may see. */
export async function readTrail(ctx: CommandContext, query: TrailQuery, actor: Identity): Promise<Result<TrailPage>> {
  const allowed = authorize(actor, 'audit.read');
  if (!allowed.ok) return allowed;
  const [q, head] = await Promise.all([storeQuery(ctx, query, actor), ctx.store.audit.head()]);
  if (!q) return ok({ entries: [], people: [], next: null, head });
  const page = await ctx.store.audit.read({ ...q, after: query.after, limit: query.limit, order: query.order });
  return ok({ ...page, head });
}

/** The whole of what matches (for the export), newest first, with the head. */
export async function exportTrail(ctx: CommandContext, query: Omit<TrailQuery, 'after' | 'limit' | 'order'>, actor: Identity): Promise<Result<TrailPage>> {
  const allowed = authorize(actor, 'audit.read');
  if (!allowed.ok) return allowed;
  const q = await storeQuery(ctx, query, actor);
  const whole = q ? await wholeTrail(ctx, q) : { entries: [], people: [], next: null };
  // The head after the entries: every exported entry is in the chain it names.
  const head = await ctx.store.audit.head();
  return ok({ ...whole, entries: whole.entries.reverse(), head });
}

/** GET /api/audit/verify: walks the whole chain (förvaltningsledare). */
export async function verifyTrail(ctx: CommandContext, actor: Identity): Promise<Result<AuditVerification>> {
  const allowed = authorize(actor, 'audit.verify');
  if (!allowed.ok) return allowed;
  return ok(await ctx.store.audit.verify());
}
