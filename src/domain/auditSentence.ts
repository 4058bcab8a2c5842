import { AuditChange, AuditEntry, AuditPerson, AuditRecordRef, AuditValue } from './audit';

/**
 * An entry of the trail as people read it: "Maria Lindqvist ändrade status på A-008 från väntar
 * till klar". One sentence per changed field for a change; a headline (and the fields it set)
 * for anything else. People by the name the person table has for them now ("En borttagen
 * person" once erased); free texts only as "(text som inte sparas i loggen)". The words come
 * from i18n/audit.ts through `t`, so the tab and the export say the same in both languages.
 */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Lists whose next path segment is an element's key (an id, a role, a name). */
const COLLECTIONS = new Set(['items', 'entries', 'signatures']);

const isChangeAction = (action: string) => action.endsWith('.changed') || action === 'checklist.itemChanged';

export function recordLabel(record: AuditRecordRef, t: Translate): string {
  return t(`audit.record.${record.type}`, { id: record.id });
}

/** The field's name in words: 'status' → "status"; 'items.P-1.done' → "klar (punkt P-1)"; unknown paths as they are. */
export function fieldLabel(record: AuditRecordRef, field: string, t: Translate): string {
  const direct = `audit.field.${field}`;
  if (t(direct) !== direct) return t(direct);
  const parts = field.split('.');
  const at = parts.findIndex((p) => COLLECTIONS.has(p));
  if (at >= 0 && parts.length > at + 1) {
    const key = parts[at + 1]!;
    const rest = parts.slice(at + 2);
    const collection = parts.slice(0, at + 1).join('.');
    for (const candidate of [`audit.field.${collection}.${rest[0] ?? ''}`, `audit.field.${record.type}.${collection}`]) {
      if (t(candidate) !== candidate) return t(candidate, { key, path: rest.join('.') });
    }
  }
  const top = `audit.field.${parts[0]}`;
  if (parts.length > 1 && t(top) !== top) return t(top, { path: parts.slice(1).join('.') });
  return field;
}

/** An entry in words: whole sentences, and for an entry that is not a change of fields, the fields it set ("status: bekräftad"). */
export interface EntryWords {
  sentences: string[];
  details: string[];
}

/** The entry's sentences and details as one list (the export's cell). */
export const auditSentences = (entry: AuditEntry, people: ReadonlyMap<string, AuditPerson>, t: Translate, instant?: (iso: string) => string): string[] => {
  const words = describeEntry(entry, people, t, instant);
  return [...words.sentences, ...words.details];
};

/** A point in time as the store keeps it (UTC, ISO 8601): shown in the reader's words when `instant` is given. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/**
 * `instant` says a point in time in the reader's language and time zone (the tab's and the
 * export's own formatter); without it, times stay as stored.
 */
export function describeEntry(entry: AuditEntry, people: ReadonlyMap<string, AuditPerson>, t: Translate, instant: (iso: string) => string = (iso) => iso): EntryWords {
  const name = (pseudonym: string | null, erased: string) => (pseudonym ? (people.get(pseudonym)?.name ?? t(erased)) : t('audit.someone'));
  // A status with a subject is a registration's; without, the record's own.
  const scope = entry.subject ? 'registration' : entry.record.type;
  /** An enumeration's value by its label: audit.value.<scope>.<field>.<value>, else audit.value.<field>.<value>, else as stored. */
  const label = (field: string, v: string): string => {
    for (const key of [`audit.value.${scope}.${field}.${v}`, `audit.value.${field}.${v}`]) if (t(key) !== key) return t(key);
    return INSTANT.test(v) ? instant(v) : v;
  };
  /** A value in words. */
  const value = (v: AuditValue, field = ''): string => {
    if (v === null) return t('audit.value.none');
    if (typeof v === 'boolean') return t(v ? 'audit.value.yes' : 'audit.value.no');
    if (typeof v === 'string') return label(field, v);
    if (typeof v !== 'object') return String(v);
    return 'person' in v ? name(v.person, 'audit.erasedValue') : t('audit.value.text');
  };
  const isText = (v: AuditValue) => typeof v === 'object' && v !== null && 'sha256' in v;
  const isPerson = (v: AuditValue) => typeof v === 'object' && v !== null && 'person' in v;
  const base = { who: name(entry.actor, 'audit.erased'), record: recordLabel(entry.record, t) };

  const changeSentence = (c: AuditChange<AuditValue>): string => {
    const p = { ...base, field: fieldLabel(entry.record, c.field, t), from: value(c.from, c.field), to: value(c.to, c.field) };
    if (isText(c.from) || isText(c.to)) return t('audit.sentence.textChanged', p);
    // A list of people: one was added or removed.
    if (c.from === null && isPerson(c.to) && entry.changes.filter((x) => x.field === c.field).length > 1) return t('audit.sentence.added', { ...p, value: p.to });
    if (c.to === null && isPerson(c.from) && entry.changes.filter((x) => x.field === c.field).length > 1) return t('audit.sentence.removed', { ...p, value: p.from });
    if (c.from === null) return t('audit.sentence.set', p);
    if (c.to === null) return t('audit.sentence.cleared', p);
    return t('audit.sentence.change', p);
  };

  // Context fields (`@row`, `@year`, … the cost calculation's) say where the change was: words for the headline, not changes.
  const context = entry.changes.filter((c) => c.field.startsWith('@'));
  const changes = entry.changes.filter((c) => !c.field.startsWith('@'));
  const said: Record<string, string> = Object.fromEntries(context.map((c) => [c.field.slice(1), value(c.to, c.field.slice(1))]));
  const measure = context.find((c) => c.field === '@measure')?.to;
  if (typeof measure === 'string') said.cell = t(`audit.cell.${entry.record.type}.${measure}`, said);

  if (isChangeAction(entry.action) && changes.length > 0) return { sentences: changes.map(changeSentence), details: [] };
  const headline = t(`audit.action.${entry.action}`, {
    ...said,
    ...base,
    subject: name(entry.subject, 'audit.erasedValue'),
    count: changes.length,
  });
  const details = entry.action === 'training.imported' ? [] : changes.map((c) =>
    t('audit.detail', {
      field: fieldLabel(entry.record, c.field, t),
      value: c.from === null ? value(c.to, c.field) : `${value(c.from, c.field)} → ${value(c.to, c.field)}`,
    }),
  );
  return { sentences: [headline], details };
}
