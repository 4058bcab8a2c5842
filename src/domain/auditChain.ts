import { createHash } from 'node:crypto';
import { canonicalize } from 'json-canonicalize';
import { AuditChange, AuditContent, AuditDraft, AuditDraftValue, AuditEntry, AuditHead, AuditValue, AuditVerification, GENESIS } from './audit';
import { Person } from './person';

/**
 * The trail's chain: each entry carries the SHA-256 of the previous entry and its own hash over
 * its content in canonical JSON (RFC 8785, `json-canonicalize`), so the same entry hashes the same
 * in every backend and every process. Pure: the store calls these inside its atomic write.
 */

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The hash a free text is recorded by (the trail never holds the text). */
export const textHash = (text: string): string => sha256(text);

function storedValue(v: AuditDraftValue, pseudonymOf: (p: Person) => string): AuditValue {
  if (v === null || typeof v !== 'object') return v;
  return 'person' in v ? { person: pseudonymOf(v.person) } : { sha256: textHash(v.text) };
}

/** The draft as the trail keeps it: people as their pseudonyms, free texts as hashes. */
export function pseudonymise(draft: AuditDraft, pseudonymOf: (p: Person) => string): AuditContent {
  const change = (c: AuditChange<AuditDraftValue>): AuditChange<AuditValue> => ({
    field: c.field,
    from: storedValue(c.from, pseudonymOf),
    to: storedValue(c.to, pseudonymOf),
  });
  return {
    at: draft.at,
    actor: draft.actor ? pseudonymOf(draft.actor) : null,
    record: { type: draft.record.type, id: draft.record.id },
    action: draft.action,
    subject: draft.subject ? pseudonymOf(draft.subject) : null,
    changes: draft.changes.map(change),
  };
}

/** What is hashed: every field of the entry but its own hash, in canonical JSON. */
function hashOf(entry: Omit<AuditEntry, 'hash'>): string {
  const { seq, prev, at, actor, record, action, subject, changes } = entry;
  return sha256(canonicalize({ seq, prev, at, actor, record, action, subject, changes }));
}

/** The next link after `head` (null: the chain is empty). */
export function link(content: AuditContent, head: { seq: number; hash: string } | null): AuditEntry {
  const unhashed = { ...content, seq: (head?.seq ?? 0) + 1, prev: head?.hash ?? GENESIS };
  return { ...unhashed, hash: hashOf(unhashed) };
}

/**
 * Walks entries in seq order and reports the first broken link: an entry whose content does not
 * give its hash (edited), whose previous hash is not the entry before it (deleted, reordered or
 * inserted), or whose number is not the next one (deleted at the end of a run, reordered).
 * Streams: feed it the chain page by page.
 */
export function chainVerifier() {
  let count = 0;
  let head = GENESIS;
  let broken: AuditVerification | null = null;
  return {
    add(entry: AuditEntry): boolean {
      if (broken) return false;
      const expectedSeq = count + 1;
      const reason =
        entry.seq !== expectedSeq ? 'sequence' : entry.prev !== head ? 'link' : hashOf(entry) !== entry.hash ? 'hash' : null;
      if (reason) {
        broken = { ok: false, count, brokenAt: expectedSeq, reason };
        return false;
      }
      count = entry.seq;
      head = entry.hash;
      return true;
    },
    /**
     * The walk's verdict. With the head the store keeps beside the chain (updated in the same
     * write as each entry), entries removed from the end are found too: the chain then stops
     * short of it.
     */
    result(expected?: AuditHead): AuditVerification {
      if (broken) return broken;
      if (expected && (expected.count !== count || expected.hash !== head)) {
        return { ok: false, count, brokenAt: Math.min(count, expected.count) + 1, reason: 'head' };
      }
      return { ok: true, count, head };
    },
  };
}

export function verifyChain(entries: Iterable<AuditEntry>, expected?: AuditHead): AuditVerification {
  const verifier = chainVerifier();
  for (const e of entries) if (!verifier.add(e)) break;
  return verifier.result(expected);
}
