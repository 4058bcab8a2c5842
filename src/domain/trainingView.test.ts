import { registration, training } from '../../test/helpers/trainingFixtures';
import { trainingView } from './trainingView';

/** What a person may do with a training now is decided here, once: the bot's and the tab's buttons render it. */
const START = '2026-03-30T07:00:00.000Z';
const before = new Date('2026-03-29T07:00:00.000Z');
const after = new Date('2026-03-30T07:30:00.000Z');
const t = (over = {}) => training({ start: START, end: '2026-03-30T07:45:00.000Z', capacity: 2, ...over });
const me = { id: 'u-me', organiser: false };
const organiser = { id: 'u-org', organiser: true };

describe('training view: what the viewer may do now', () => {
  it('before the start: sign up when not registered; cancel a seat; leave the waitlist', () => {
    expect(trainingView(t(), [], me, before).can).toEqual({ signUp: true, cancel: false, leaveWaitlist: false, markAttendance: false });
    expect(trainingView(t(), [registration({ userId: 'u-me' })], me, before).can).toEqual({ signUp: false, cancel: true, leaveWaitlist: false, markAttendance: false });
    expect(trainingView(t(), [registration({ userId: 'u-me', status: 'waitlisted' })], me, before).can).toMatchObject({ leaveWaitlist: true, cancel: false });
    expect(trainingView(t(), [registration({ userId: 'u-me', status: 'cancelled' })], me, before).can).toMatchObject({ signUp: true });
  });

  it('after the start nobody cancels or signs up (the bot offered "Avanmäl" here while the tab did not); organisers mark attendance', () => {
    const started = trainingView(t(), [registration({ userId: 'u-me' })], me, after);
    expect(started.started).toBe(true);
    expect(started.can).toEqual({ signUp: false, cancel: false, leaveWaitlist: false, markAttendance: false });
    expect(trainingView(t(), [], organiser, after).can.markAttendance).toBe(true);
    expect(trainingView(t({ status: 'cancelled' }), [], organiser, after).can.markAttendance).toBe(false);
  });

  it('closed for sign-up before the start, and invite-only for those not invited', () => {
    expect(trainingView(t({ signUpLeadMinutes: 48 * 60 }), [], me, before).can.signUp).toBe(false);
    const invited = t({ audience: { type: 'invite', invitees: [{ id: 'u-other', name: 'Annan' }] } });
    expect(trainingView(invited, [], me, before).can.signUp).toBe(false);
    expect(trainingView(invited, [], { id: 'u-other', organiser: false }, before).can.signUp).toBe(true);
  });
});
