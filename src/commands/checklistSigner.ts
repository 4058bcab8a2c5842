import { Checklist, SignerRole } from '../domain/checklist';
import { sign, withdrawSignature } from '../domain/checklistSignOff';
import { Identity } from '../domain/roles';
import { Result, ok } from '../domain/problem';
import { CommandContext, authorize, person } from './context';
import { changeChecklist } from './checklistDocument';
import { freezeAtSignOff } from './costsSignOff';

/**
 * Signs the handover: as projektägare (the handing-over project owner) or as
 * förvaltningsledare (the receiver). When both have signed, the checklist is read-only.
 */
export async function signChecklist(ctx: CommandContext, role: SignerRole, actor: Identity): Promise<Result<Checklist>> {
  const allowed = authorize(actor, role === 'projektägare' ? 'checklist.sign.projektägare' : 'checklist.sign.förvaltningsledare');
  if (!allowed.ok) return allowed;
  const now = ctx.now();
  const signed = await changeChecklist(ctx, 'checklist.signed', person(actor), (c) => {
    const next = sign(c, role, person(actor), now);
    return next.ok ? ok({ checklist: next.value, result: null }) : next;
  });
  if (!signed.ok) return signed;
  // Kostnadskalkyl: the signature that completes the sign-off freezes the decided scenario's budget (a second write).
  await freezeAtSignOff(ctx, signed.value.checklist, person(actor));
  return ok(signed.value.checklist);
}

/** Withdraws the caller's own pending signature, which unlocks the checklist again. */
export async function withdrawChecklistSignature(ctx: CommandContext, actor: Identity): Promise<Result<Checklist>> {
  const withdrawn = await changeChecklist(ctx, 'checklist.signatureWithdrawn', person(actor), (c) => {
    const next = withdrawSignature(c, person(actor));
    return next.ok ? ok({ checklist: next.value, result: null }) : next;
  });
  return withdrawn.ok ? ok(withdrawn.value.checklist) : withdrawn;
}
