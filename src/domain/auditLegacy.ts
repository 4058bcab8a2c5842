import { HistoryEntry } from './activity';
import { AuditChange, AuditDraft, AuditDraftValue, auditDraft } from './audit';
import { Person } from './person';

/**
 * The activity log's history as the first wave kept it (one row per field, people by name,
 * texts in clear), turned into trail entries once, when a store that has it opens: the rows of
 * one save (same item, instant and person) become one entry; an owner's name becomes that person
 * when the store knows exactly one person by it (else it is kept only as a hash, like a text);
 * descriptions and resolutions become hashes.
 */
const FREE_TEXT_FIELDS = new Set(['description', 'resolution']);

/** A row of the first wave's activity history. */
export type LegacyHistoryRow = Omit<HistoryEntry, 'by' | 'text'> & { by: Person };

export function legacyHistoryDrafts(rows: readonly LegacyHistoryRow[], known: readonly Person[]): AuditDraft[] {
  const byName = new Map<string, Person | null>();
  for (const p of known) {
    const seen = byName.get(p.name);
    // Two people with one name: the name alone cannot say which, so neither.
    byName.set(p.name, seen === undefined || seen?.id === p.id ? p : null);
  }
  const ownerValue = (name: string | null): AuditDraftValue => {
    if (name === null) return null;
    const p = byName.get(name);
    return p ? { person: p } : { text: name };
  };
  const value = (field: string, v: string | null): AuditDraftValue => {
    if (v === null) return null;
    if (field === 'owner') return ownerValue(v);
    return FREE_TEXT_FIELDS.has(field) ? { text: v } : v;
  };

  const drafts: AuditDraft[] = [];
  let open = null as { key: string; draft: AuditDraft } | null;
  for (const row of rows) {
    const record = { type: 'activity' as const, id: row.activityKey };
    if (row.field === 'created') {
      drafts.push(auditDraft(row.at, row.by, record, 'activity.created', [{ field: 'status', from: null, to: row.to }]));
      open = null;
    } else if (row.field === 'deleted') {
      drafts.push(auditDraft(row.at, row.by, record, 'activity.deleted', [{ field: 'title', from: row.from, to: null }]));
      open = null;
    } else {
      const key = `${row.activityKey}\u0000${row.at}\u0000${row.by.id}`;
      const change: AuditChange<AuditDraftValue> = { field: row.field, from: value(row.field, row.from), to: value(row.field, row.to) };
      if (open?.key === key) open.draft.changes.push(change);
      else {
        open = { key, draft: auditDraft(row.at, row.by, record, 'activity.changed', [change]) };
        drafts.push(open.draft);
      }
    }
  }
  return drafts;
}
