import { createHash } from 'node:crypto';
import { Checklist, SIGNER_ROLES, SignerRole, isSignedOff } from './checklist';
import { Person } from './person';
import { Result, ok, fail } from './problem';
import { msg } from '../i18n';

/**
 * Signing the handover checklist: both the handing-over projektägare and the receiving
 * förvaltningsledare sign the same content, identified by its hash.
 */
/**
 * A stable hash of what is signed: sections and items with their state, not bookkeeping such
 * as versions. Both signatures carry it; it is kept with the sign-off.
 */
export function checklistHash(c: Checklist): string {
  const content = {
    sections: c.sections.map((s) => [s.id, s.title.sv, s.title.en]),
    items: c.items.map((i) => [
      i.id,
      i.sectionId,
      i.text.sv,
      i.text.en,
      i.done,
      i.doneBy?.id ?? null,
      i.doneAt,
      i.responsible?.id ?? null,
      i.comment,
      i.evidenceUrl,
      // Only when there is one, so the checksums of checklists signed before the register stay as they were.
      ...(i.evidenceDocument ? [i.evidenceDocument] : []),
    ]),
  };
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/**
 * Signs as `role`. Who may sign as which role is decided by the caller's permissions
 * (domain/roles.ts). The first signature freezes the content; the second completes the
 * sign-off and the checklist becomes read-only for good.
 */
export function sign(c: Checklist, role: SignerRole, actor: Person, now: Date): Result<Checklist> {
  if (isSignedOff(c)) return fail('locked', 'checklist.signedOff');
  if (c.signatures.some((s) => s.role === role)) return fail('locked', 'checklist.alreadySigned', { params: { role: msg(`signer.${role}`) } });
  if (c.signatures.some((s) => s.by.id === actor.id)) return fail('forbidden', 'checklist.sameSigner');
  const at = now.toISOString();
  const signatures = [...c.signatures, { role, by: actor, at, hash: checklistHash(c) }];
  const complete = SIGNER_ROLES.every((r) => signatures.some((s) => s.role === r));
  return ok({ ...c, signatures, signedOffAt: complete ? at : null });
}

/** A pending signature can be withdrawn by its signer, which unfreezes the checklist. */
export function withdrawSignature(c: Checklist, actor: Person): Result<Checklist> {
  if (isSignedOff(c)) return fail('locked', 'checklist.signedOff');
  if (!c.signatures.some((s) => s.by.id === actor.id)) return fail('not_found', 'checklist.noSignature');
  return ok({ ...c, signatures: c.signatures.filter((s) => s.by.id !== actor.id) });
}
