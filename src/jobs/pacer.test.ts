import { PacerClock, createPacer } from './pacer';

/** The pacer with a fake clock: sleeping moves the clock, so the send times it allows are exact. */
function fakeClock(): PacerClock & { t: number } {
  const clock = {
    t: 0,
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.t += ms;
    },
  };
  return clock;
}

/** The most sends within any window of `windowMs` (half-open), from sorted times. */
function maxInWindow(times: number[], windowMs: number): number {
  let most = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= windowMs) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

describe('send pacer', () => {
  it('spaces sends across conversations to stay under the global rate in every second, and keeps close to it', async () => {
    const clock = fakeClock();
    const pacer = createPacer({ perSecond: 30, perConversation: 7, windowMs: 1000 }, clock);
    const times: number[] = [];
    for (let i = 0; i < 300; i++) {
      await pacer.take(`a:${i}`);
      times.push(clock.t);
    }
    expect(maxInWindow(times, 1000)).toBeLessThanOrEqual(30);
    const rate = (times.length - 1) / ((times.at(-1)! - times[0]!) / 1000);
    expect(rate).toBeGreaterThan(29);
    expect(rate).toBeLessThanOrEqual(30);
  });

  it('timers that fire late do not slow the rate down, and still no second has one too many', async () => {
    const clock = fakeClock();
    let n = 0;
    clock.sleep = async (ms) => {
      clock.t += ms + (n++ % 3); // 0–2 ms late, as Node's timers are
    };
    const pacer = createPacer({ perSecond: 30, perConversation: 7, windowMs: 1000 }, clock);
    const times: number[] = [];
    for (let i = 0; i < 300; i++) {
      await pacer.take(`a:${i}`);
      times.push(clock.t);
    }
    expect(maxInWindow(times, 1000)).toBeLessThanOrEqual(30);
    expect((times.length - 1) / ((times.at(-1)! - times[0]!) / 1000)).toBeGreaterThan(29);
  });

  it('at most 7 in any second in one conversation, even when the global rate would allow more', async () => {
    const clock = fakeClock();
    const pacer = createPacer({ perSecond: 50, perConversation: 7, windowMs: 1000 }, clock);
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      await pacer.take('19:channel');
      times.push(clock.t);
    }
    expect(maxInWindow(times, 1000)).toBe(7);
    // Another conversation is not held up by the busy one.
    expect(pacer.waitFor('a:other')).toBeLessThanOrEqual(1000 / 50 * 1.02 + 1e-9);
  });

  it('a pause holds every conversation until it is over', async () => {
    const clock = fakeClock();
    const pacer = createPacer({ perSecond: 30, perConversation: 7, windowMs: 1000 }, clock);
    await pacer.take('a:1');
    pacer.pause(2000);
    expect(pacer.waitFor('a:2')).toBe(2000);
    await pacer.take('a:2');
    expect(clock.t).toBe(2000);
  });
});
