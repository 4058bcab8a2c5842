import { ConversationReference, OutboxMessage } from '../domain/notification';
import { CommandContext } from './context';

/**
 * Delivering what was queued (the scheduler and its sender, jobs/): whose turn it is (a lease
 * across instances), which messages are due (claimed with a lease, so two senders never take
 * the same one), where each goes, and how it ended. Also the scheduler's housekeeping: notices
 * waiting on aggregates moved into the outbox, handled bot turns forgotten after a day.
 */

/** Takes (or renews) the named lease until now + ms; false while another holder's runs. */
export function takeLease(ctx: CommandContext, name: string, holder: string, ms: number): Promise<boolean> {
  return ctx.store.leases.acquire(name, holder, ctx.now(), ms);
}

export function releaseLease(ctx: CommandContext, name: string, holder: string): Promise<void> {
  return ctx.store.leases.release(name, holder);
}

/** Notices that writes left on their aggregates (Azure Table), moved into the outbox. */
export function collectNotices(ctx: CommandContext): Promise<number> {
  return ctx.store.outbox.collect();
}

/** Forgets handled bot turns older than `ms`. */
export function forgetOldTurns(ctx: CommandContext, ms: number): Promise<number> {
  return ctx.store.turns.prune(new Date(ctx.now().getTime() - ms));
}

/** When the next pending message can be claimed, or null. */
export function nextDeliveryAt(ctx: CommandContext): Promise<string | null> {
  return ctx.store.outbox.nextDueAt();
}

export function claimDue(ctx: CommandContext, limit: number, leaseMs: number): Promise<OutboxMessage[]> {
  return ctx.store.outbox.claimDue(ctx.now(), limit, leaseMs);
}

/** Holds a claimed message a lease longer, if it is still ours (see OutboxStore.renewClaim); false: another sender has it. */
export function renewClaim(ctx: CommandContext, message: OutboxMessage, leaseMs: number): Promise<boolean> {
  return ctx.store.outbox.renewClaim(message.id, message.attempts, ctx.now(), leaseMs);
}

export function markSent(ctx: CommandContext, id: number, activityId: string | null): Promise<void> {
  return ctx.store.outbox.markSent(id, ctx.now(), activityId);
}

/** A failed attempt: due again at `retryAt`, or with null undeliverable for good. */
export function markFailed(ctx: CommandContext, id: number, error: string, retryAt: Date | null): Promise<void> {
  return ctx.store.outbox.markFailed(id, error, retryAt);
}

/** Given back unsent (the conversation is paused): due again at `dueAt`, the attempt not counted. */
export function giveBack(ctx: CommandContext, id: number, dueAt: Date): Promise<void> {
  return ctx.store.outbox.release(id, dueAt);
}

/** Where a message goes: the channel's reference, or the person's chat — or why it cannot go anywhere. */
export async function addressOf(ctx: CommandContext, message: OutboxMessage): Promise<{ reference: ConversationReference } | { undeliverable: string }> {
  if (message.channelId) {
    const channel = await ctx.store.channels.get(message.channelId);
    return channel ? { reference: channel.reference } : { undeliverable: 'the channel is no longer known: the app was removed from the team, or the channel deleted' };
  }
  const reference = await ctx.store.conversations.get(message.userId);
  return reference ? { reference } : { undeliverable: 'no conversation reference: the person has not installed the app, or removed it' };
}
