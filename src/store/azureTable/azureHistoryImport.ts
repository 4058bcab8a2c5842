import { TransactionAction } from '@azure/data-tables';
import { Activity } from '../../domain/activity';
import { LegacyHistoryRow, legacyHistoryDrafts } from '../../domain/auditLegacy';
import { Person } from '../../domain/person';
import { AzureTrail } from './azureAudit';
import { MAX_BATCH, Table, documentOf, statusOf } from './table';

const PK = 'activities';
const HISTORY = 'history:';

/**
 * Moves the first wave's activity history (`activities / history:…`, one entity per field) into
 * the audit trail: each batch creates the pending entries of some saves and deletes their history
 * rows, in the one partition, so a row is either history or a pending entry, never both or
 * neither. Two instances doing it at once: the second one's deletes find nothing (404), its batch
 * fails whole, and it reads again. Returns how many entries it made.
 */
export async function importActivityHistory(table: Table, trail: AzureTrail): Promise<number> {
  let made = 0;
  for (let attempt = 0; attempt < 10; attempt++) {
    const rows = await table.rows(PK, HISTORY);
    if (rows.length === 0) break;
    const items = (await table.rows(PK, 'item:')).map((e) => documentOf<Omit<Activity, 'version'>>(e));
    const history = rows.map((e) => ({ row: e.rowKey, entry: documentOf<LegacyHistoryRow>(e) }));
    const known: Person[] = [
      ...items.flatMap((a) => [a.owner, a.createdBy, a.updatedBy]).filter((p): p is Person => p !== null),
      ...history.map((h) => h.entry.by),
    ];
    // Rows in key order are in save order per item; one save's rows are next to each other.
    const saves = groupBySave(history);
    try {
      let batch: TransactionAction[] = [];
      for (const save of saves) {
        const drafts = legacyHistoryDrafts(save.map((h) => h.entry), known);
        const actions: TransactionAction[] = [
          ...(await Promise.all(drafts.map((d) => trail.pending(PK, d)))),
          ...save.map((h): TransactionAction => ['delete', { partitionKey: PK, rowKey: h.row }]),
        ];
        if (batch.length + actions.length > MAX_BATCH) {
          await table.batch(batch);
          batch = [];
        }
        batch.push(...actions);
        made += drafts.length;
      }
      await table.batch(batch);
      break;
    } catch (error) {
      if (statusOf(error) !== 404) throw error; // another instance moved some first: read again
    }
  }
  if (made) trail.nudge(PK);
  return made;
}

/** The rows of one save (item, instant, person) together, in order. */
function groupBySave<T extends { entry: LegacyHistoryRow }>(rows: readonly T[]): T[][] {
  const groups: T[][] = [];
  let key = '';
  for (const r of rows) {
    const k = `${r.entry.activityKey}\u0000${r.entry.at}\u0000${r.entry.by.id}`;
    if (k === key && groups.length) groups.at(-1)!.push(r);
    else groups.push([r]);
    key = k;
  }
  return groups;
}
