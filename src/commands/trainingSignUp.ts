import { Registrant, SignUpResult } from '../domain/registration';
import { signUpDecision } from '../domain/trainingChange';
import { Identity } from '../domain/roles';
import { Result, fail } from '../domain/problem';
import { CommandContext, authorize, person, withInvitation } from './context';

/** What is known about the person beyond id and name (from Teams/Graph, or typed in). */
export interface ContactDetails {
  email?: string | null;
  department?: string | null;
}

/**
 * The caller signs up themself: confirmed while seats are left, else on the waitlist.
 * Idempotent: a repeated sign-up (double click, resent turn) returns the existing
 * registration with outcome 'already'. The seat check is inside the store's atomic write
 * (domain/trainingChange.ts `signUpDecision`).
 */
export async function signUpForTraining(
  ctx: CommandContext,
  trainingId: string,
  actor: Identity,
  contact: ContactDetails = {},
): Promise<Result<SignUpResult>> {
  const allowed = authorize(actor, 'training.signUp');
  if (!allowed.ok) return allowed;
  const registrant: Registrant = {
    id: actor.id,
    name: actor.name,
    email: contact.email?.trim() || actor.email || null,
    department: contact.department?.trim() || null,
  };
  return ctx.store.trainings.change(trainingId, withInvitation(ctx, signUpDecision(registrant, ctx.now())));
}

/**
 * Registers `registrant`: oneself (a sign-up), or — as organiser — someone else, with the same
 * rules as signing up oneself (seats, close time, invitation); someone else needs a name.
 */
export async function registerParticipant(
  ctx: CommandContext,
  trainingId: string,
  registrant: Registrant,
  actor: Identity,
): Promise<Result<SignUpResult>> {
  if (registrant.id === actor.id) return signUpForTraining(ctx, trainingId, actor, registrant);
  const allowed = authorize(actor, 'training.organise');
  if (!allowed.ok) return allowed;
  if (!registrant.name.trim()) return fail('invalid', 'validation.required', { field: 'name' });
  const cleaned: Registrant = {
    id: registrant.id.trim(),
    name: registrant.name.trim(),
    email: registrant.email?.trim() || null,
    department: registrant.department?.trim() || null,
  };
  return ctx.store.trainings.change(trainingId, withInvitation(ctx, signUpDecision(cleaned, ctx.now(), person(actor))));
}
