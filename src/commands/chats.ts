import { ConversationReference } from '../domain/notification';
import { CommandContext } from './context';

/**
 * Where the bot can reach a person (their personal chat with it), and which bot turns were
 * handled: Teams resends a turn it thinks timed out, and a resend must change nothing twice.
 */

/** Keeps the person's chat; true when it is new (the app was just installed). */
export function rememberChat(ctx: CommandContext, userId: string, reference: ConversationReference): Promise<boolean> {
  return ctx.store.conversations.save(userId, reference, ctx.now());
}

/** The app was removed from the personal scope: the chat is forgotten. */
export function forgetChat(ctx: CommandContext, userId: string): Promise<boolean> {
  return ctx.store.conversations.remove(userId);
}

/** Claims a turn's activity id; false for a resend (apply nothing again). */
export function claimTurn(ctx: CommandContext, activityId: string): Promise<boolean> {
  return ctx.store.turns.claim(activityId, ctx.now());
}
