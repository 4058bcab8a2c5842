/**
 * Keeps proactive messages under Teams' rate limits for a bot: at most `perSecond` messages per
 * second across all conversations (evenly spaced, so no burst goes over in any second) and at
 * most `perConversation` (Teams: 7) in any one second in the same conversation. When the
 * connector answers several 429s in a row, all sending pauses for its Retry-After. Real time —
 * how fast the connector is called — with the clock and sleep injectable for tests.
 */
export interface PacerOptions {
  /** Messages per second across all conversations (SEND_RATE_PER_SECOND). */
  perSecond: number;
  /** Messages per conversation within `windowMs`. */
  perConversation: number;
  windowMs: number;
}

export const TEAMS_PER_CONVERSATION_PER_SECOND = 7;

/**
 * Sends are spaced this much wider than 1/perSecond: the connector measures arrivals, which
 * jitter by a millisecond or two, so exact spacing would now and then put one too many in a
 * second. 2 % keeps every second under the limit and costs 2 % of the rate.
 */
const SAFETY = 1.02;

export interface PacerClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: PacerClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
};

export interface Pacer {
  /** Milliseconds until a message may go to the conversation (0: now). */
  waitFor(conversationId: string): number;
  /** Waits until a message may go to the conversation, and counts it as sent. */
  take(conversationId: string): Promise<void>;
  /** No message goes anywhere for `ms` (the connector throttles the bot as a whole). */
  pause(ms: number): void;
}

/**
 * Sends keep to a grid of `spacing` ms: a send that starts a little late (timers fire a
 * millisecond or two after their time) does not push every later one back, so the rate holds.
 * Later than this, the grid starts again from now — never two sends in a burst.
 */
const MAX_LAG_MS = 10;

export function createPacer(options: PacerOptions, clock: PacerClock = realClock): Pacer {
  const spacing = (1000 / options.perSecond) * SAFETY;
  /** The earliest the next send may start. */
  let next = -Infinity;
  let pausedUntil = -Infinity;
  const recent = new Map<string, number[]>();

  const conversationWait = (id: string, now: number): number => {
    const times = (recent.get(id) ?? []).filter((t) => t > now - options.windowMs);
    if (times.length === 0) recent.delete(id);
    else recent.set(id, times);
    return times.length >= options.perConversation ? times[times.length - options.perConversation]! + options.windowMs - now : 0;
  };

  const waitFor = (id: string): number => {
    const now = clock.now();
    return Math.max(0, next - now, pausedUntil - now, conversationWait(id, now));
  };

  return {
    waitFor,
    async take(id) {
      for (let wait = waitFor(id); wait > 0; wait = waitFor(id)) await clock.sleep(Math.ceil(wait));
      const now = clock.now();
      next = (now - next > MAX_LAG_MS ? now : next) + spacing;
      recent.set(id, [...(recent.get(id) ?? []), now]);
      // Forget conversations that have been quiet for a window (a run over thousands of chats).
      if (recent.size > 1000) for (const key of [...recent.keys()]) conversationWait(key, now);
    },
    pause(ms) {
      pausedUntil = Math.max(pausedUntil, clock.now() + ms);
    },
  };
}
