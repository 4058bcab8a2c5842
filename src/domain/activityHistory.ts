import { ActivityFields, HistoryEntry } from './activity';
import { AuditPage, AuditValue } from './audit';

/**
 * An item's history as its side panel shows it, read from the trail (one source): each change of
 * each entry about the item, people by the name the trail's person table has for them now (none
 * once erased), free texts only as "changed". Comments are shown on their own, so their entries
 * are left out here.
 */
export function activityHistory(key: string, page: AuditPage): HistoryEntry[] {
  const names = new Map(page.people.map((p) => [p.pseudonym, p]));
  const personOf = (pseudonym: string | null) => {
    const p = pseudonym ? names.get(pseudonym) : undefined;
    return p ? { id: p.id, name: p.name } : null;
  };
  const shown = (v: AuditValue): string | null => {
    if (v === null) return null;
    if (typeof v !== 'object') return String(v);
    return 'person' in v ? (personOf(v.person)?.name ?? null) : null;
  };
  const isText = (v: AuditValue) => typeof v === 'object' && v !== null && 'sha256' in v;

  const history: HistoryEntry[] = [];
  for (const e of page.entries) {
    const by = personOf(e.actor);
    const base = { activityKey: key, at: e.at, by };
    if (e.action === 'activity.created') {
      const status = e.changes.find((c) => c.field === 'status');
      history.push({ ...base, field: 'created', from: null, to: status ? shown(status.to) : null });
    } else if (e.action === 'activity.deleted') {
      const title = e.changes.find((c) => c.field === 'title');
      history.push({ ...base, field: 'deleted', from: title ? shown(title.from) : null, to: null });
    } else if (e.action === 'activity.changed') {
      for (const c of e.changes) {
        const field = c.field as keyof ActivityFields;
        if (isText(c.from) || isText(c.to)) history.push({ ...base, field, from: null, to: null, text: true });
        else history.push({ ...base, field, from: shown(c.from), to: shown(c.to) });
      }
    }
  }
  return history;
}
