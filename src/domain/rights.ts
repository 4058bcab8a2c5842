import { AuditDraft, auditDraft } from './audit';
import { Person } from './person';
import { Result, fail, ok } from './problem';

/**
 * Named rights a person holds besides their role (roles.ts): projektägare — signs the handover
 * for the rollout project, usually someone outside the förvaltning team. Later issues add the
 * evaluation owner, data protection and a second approver here. A förvaltningsledare grants and
 * withdraws them (Inställningar › Roller); they are kept as one versioned document, and every
 * grant and withdrawal is an entry in the audit trail — the document's history.
 */
export const RIGHTS = ['projektägare'] as const;
export type Right = (typeof RIGHTS)[number];

export interface RightGrant {
  right: Right;
  person: Person;
  grantedBy: Person;
  grantedAt: string;
}

export interface Rights {
  /** 0: none stored yet. */
  version: number;
  grants: RightGrant[];
}

export const noRights = (): Rights => ({ version: 0, grants: [] });

const holds = (grant: RightGrant, right: Right, personId: string) => grant.right === right && grant.person.id === personId;

/** The rights with `right` granted to `person` (unchanged, and no entry, when they hold it already). */
export function grantRight(current: Rights, right: Right, person: Person, by: Person, at: Date): { rights: Rights; audit: AuditDraft | null } {
  if (current.grants.some((g) => holds(g, right, person.id))) return { rights: current, audit: null };
  const grant: RightGrant = { right, person: { id: person.id, name: person.name }, grantedBy: { id: by.id, name: by.name }, grantedAt: at.toISOString() };
  return {
    rights: { ...current, grants: [...current.grants, grant] },
    audit: auditDraft(at, by, { type: 'rights', id: 'default' }, 'rights.granted', [{ field: 'right', from: null, to: right }], person),
  };
}

/** The rights without `right` for the person; not_found when they do not hold it. */
export function withdrawRight(current: Rights, right: Right, personId: string, by: Person, at: Date): Result<{ rights: Rights; audit: AuditDraft }> {
  const grant = current.grants.find((g) => holds(g, right, personId));
  if (!grant) return fail('not_found', 'rights.notHeld', { params: { right } });
  return ok({
    rights: { ...current, grants: current.grants.filter((g) => g !== grant) },
    audit: auditDraft(at, by, { type: 'rights', id: 'default' }, 'rights.withdrawn', [{ field: 'right', from: right, to: null }], grant.person),
  });
}

export const grantsOf = (rights: Rights, personId: string): RightGrant[] => rights.grants.filter((g) => g.person.id === personId);
