import { AuditAction, AuditChange, AuditDraft, AuditDraftValue, auditDraft } from './audit';
import { Person } from './person';

/**
 * The calculation's trail entries. One record (`costs:default`); each entry says which cell, row
 * or scenario it is about in *context* fields (named `@…`, from null to the value: `@row` =
 * the row's name when it happened, `@year`, `@side`, …) that the Händelselogg puts in the
 * headline ("Licenser › Microsoft 365, 2027, externa kostnader, budget (Teams som softphone)")
 * rather than listing as changes; the changes themselves are from → to (amounts as numbers,
 * notes as `{ text }`, so the trail keeps only their hash).
 */
export const COSTS_RECORD = { type: 'costs', id: 'default' } as const;

export type CostContext = Record<string, string | number>;

export function costEntry(
  at: string,
  actor: Person | null,
  action: AuditAction,
  context: CostContext,
  changes: AuditChange<AuditDraftValue>[],
): AuditDraft {
  const said = Object.entries(context).map(([field, to]): AuditChange<AuditDraftValue> => ({ field: `@${field}`, from: null, to }));
  return auditDraft(at, actor, COSTS_RECORD, action, [...said, ...changes]);
}

/** A change when the values differ (compared as JSON), else nothing. */
export function changed(field: string, from: AuditDraftValue, to: AuditDraftValue): AuditChange<AuditDraftValue>[] {
  return JSON.stringify(from) === JSON.stringify(to) ? [] : [{ field, from, to }];
}
