import { AuditAction, AuditChange, AuditDraft, AuditDraftValue, AuditRecordRef, auditDraft } from './audit';
import { Person } from './person';

/**
 * What changed between two versions of a record, as the trail lists it: one change per leaf
 * field (nested fields by path: 'schedule.weekday', 'items.P-1a2b.done'), people as people (the
 * store pseudonymises them), free texts as texts (the trail keeps their hash), lists of people
 * as who was added and who was removed. The bookkeeping fields (version, created/updated by and
 * at) are the entry's own `at` and actor, so they are left out.
 *
 * One function for every record type, so every record is recorded the same way.
 */

/** Fields whose text is free writing (descriptions, comments, notes): recorded by hash, never copied. */
const FREE_TEXT = new Set(['description', 'comment', 'note', 'summary', 'attendees', 'resolution', 'text']);
const BOOKKEEPING = new Set(['version', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy']);

type Plain = string | number | boolean | null;
interface Flat {
  leaves: Map<string, AuditDraftValue>;
  /** Lists of people, by path, as sets of object ids → person. */
  people: Map<string, Map<string, Person>>;
}

const isPerson = (v: unknown): v is Person =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.keys(v).length === 2 &&
  typeof (v as Person).id === 'string' &&
  typeof (v as Person).name === 'string';

/** The key an element of a list is known by: its id (or name, or activity key), else its place. */
function elementKey(v: unknown, index: number): string {
  if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    for (const k of ['id', 'role', 'name', 'kind']) if (typeof o[k] === 'string' && o[k]) return o[k] as string;
  }
  return String(index);
}

function flatten(value: unknown, path: string[], free: boolean, into: Flat): void {
  const at = path.join('.');
  if (value === undefined) return;
  if (value === null || typeof value !== 'object') {
    const plain = value as Plain;
    into.leaves.set(at, free && typeof plain === 'string' ? { text: plain } : plain);
    return;
  }
  if (isPerson(value)) {
    into.leaves.set(at, { person: { id: value.id, name: value.name } });
    return;
  }
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isPerson)) {
      into.people.set(at, new Map(value.map((p) => [p.id, { id: p.id, name: p.name }])));
      return;
    }
    if (value.length === 0) {
      into.leaves.set(at, null);
      return;
    }
    value.forEach((v, i) => flatten(v, [...path, elementKey(v, i)], free, into));
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    if (BOOKKEEPING.has(key)) continue;
    flatten(v, [...path, key], free || FREE_TEXT.has(key), into);
  }
}

function flat(record: unknown): Flat {
  const into: Flat = { leaves: new Map(), people: new Map() };
  if (record !== null && record !== undefined) flatten(record, [], false, into);
  return into;
}

/** The same value; a person is the same person by object id (a new display name is not a change of the record). */
function same(a: AuditDraftValue, b: AuditDraftValue): boolean {
  const isP = (v: AuditDraftValue): v is { person: Person } => typeof v === 'object' && v !== null && 'person' in v;
  if (isP(a) && isP(b)) return a.person.id === b.person.id;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The changes from `before` (null: the record is new) to `after` (null: it is gone). Fields in
 * the order the record has them; lists of people as one change per person added or removed.
 */
export function auditChanges(before: unknown, after: unknown): AuditChange<AuditDraftValue>[] {
  const a = flat(before);
  const b = flat(after);
  const changes: AuditChange<AuditDraftValue>[] = [];
  const fields = [...new Set([...a.leaves.keys(), ...b.leaves.keys(), ...a.people.keys(), ...b.people.keys()])];
  for (const field of fields) {
    const fromSet = a.people.get(field);
    const toSet = b.people.get(field);
    if (fromSet || toSet) {
      for (const [id, p] of fromSet ?? []) if (!toSet?.has(id)) changes.push({ field, from: { person: p }, to: null });
      for (const [id, p] of toSet ?? []) if (!fromSet?.has(id)) changes.push({ field, from: null, to: { person: p } });
      // A list that became (or stopped being) empty is also a plain leaf: that is said by the people above.
      continue;
    }
    const from = a.leaves.get(field) ?? null;
    const to = b.leaves.get(field) ?? null;
    if (!same(from, to)) changes.push({ field, from, to });
  }
  return changes;
}

/** The entry of a change to a record from `before` to `after` (null: new, or gone). */
export function changeEntry(
  at: Date | string,
  actor: Person | null,
  record: AuditRecordRef,
  action: AuditAction,
  before: unknown,
  after: unknown,
): AuditDraft {
  return auditDraft(at, actor, record, action, auditChanges(before, after));
}
