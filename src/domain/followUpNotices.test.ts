import { Activity } from './activity';
import { defaultFollowUpSettings, withChannel } from './followUp';
import { dueFollowUp, ownersWithOverdue } from './followUpNotices';

/** What the follow-up queues at an instant: the channel's card when a reminder is due, and one nudge per owner with overdue items. */
const ZONE = 'Europe/Stockholm';
const lead = { id: 'aad-lead', name: 'Maria Lindqvist' };
const channel = { conversationId: '19:c@thread.tacv2', teamId: '19:t', teamName: 'O365 Förvaltning', channelName: 'Uppföljning' };
const settings = withChannel(defaultFollowUpSettings(ZONE), channel, lead, new Date('2026-11-01T00:00:00Z'));

let n = 0;
const item = (owner: string | null, dueDate: string | null, status: Activity['status'] = 'pågår'): Activity => ({
  key: `A-${String(++n).padStart(3, '0')}`,
  title: 'x',
  description: '',
  category: 'Övrigt',
  owner: owner ? { id: owner, name: owner } : null,
  status,
  priority: 'normal',
  dueDate,
  origin: 'förvaltning',
  resolution: status === 'klar' ? 'klart' : null,
  createdBy: lead,
  createdAt: '2026-10-01T08:00:00Z',
  updatedBy: lead,
  updatedAt: '2026-10-01T08:00:00Z',
  version: 1,
});

// Meeting Tuesday 2026-12-01 09:00 CET; reminder two days before is a Sunday, so Friday 2026-11-27 09:00 CET = 08:00Z.
const log = [
  item('aad-b', '2026-11-20'),
  item('aad-a', '2026-11-28'),
  item('aad-a', '2026-11-10'),
  item('aad-c', '2026-11-29'), // due today: not overdue
  item('aad-d', '2026-11-01', 'klar'),
  item(null, '2026-11-01'),
  item('aad-e', null),
];

describe('follow-up notices', () => {
  it('owners with overdue open items, once each (today in Stockholm is not overdue)', () => {
    expect(ownersWithOverdue(log, new Date('2026-11-29T08:00:00Z'), ZONE)).toEqual(['aad-a', 'aad-b']);
    // 23:30 UTC on the 28th is already the 29th in Stockholm.
    expect(ownersWithOverdue(log, new Date('2026-11-28T23:30:00Z'), ZONE)).toEqual(['aad-a', 'aad-b']);
  });

  it('nothing before the reminder or without a channel; at the reminder the channel card first, then one nudge per owner', () => {
    expect(dueFollowUp(settings, log, new Date('2026-11-27T07:59:59.999Z'))).toBeNull();
    expect(dueFollowUp(defaultFollowUpSettings(ZONE), log, new Date('2026-11-27T08:00:00Z'))).toBeNull();
    const due = dueFollowUp(settings, log, new Date('2026-11-27T08:00:00Z'))!;
    expect(due.reminder).toMatchObject({ kind: 'daysBefore', meeting: { date: '2026-12-01' } });
    expect(due.drafts.map((d) => [d.dedupeKey, d.kind, d.userId, d.channelId, d.meetingDate, d.dueAt])).toEqual([
      ['followUp:19:c@thread.tacv2:2026-12-01:daysBefore', 'followUpReminder', '', '19:c@thread.tacv2', '2026-12-01', '2026-11-27T08:00:00.000Z'],
      ['followUpNudge:2026-12-01:aad-a', 'followUpNudge', 'aad-a', null, '2026-12-01', '2026-11-27T08:00:00.000Z'],
      ['followUpNudge:2026-12-01:aad-b', 'followUpNudge', 'aad-b', null, '2026-12-01', '2026-11-27T08:00:00.000Z'],
    ]);
    // Still the same keys later (queued once by the outbox), until the meeting starts.
    expect(dueFollowUp(settings, log, new Date('2026-12-01T07:59:00Z'))!.drafts[0]!.dedupeKey).toBe('followUp:19:c@thread.tacv2:2026-12-01:daysBefore');
    expect(dueFollowUp(settings, log, new Date('2026-12-01T08:00:00Z'))).toBeNull();
  });

  it('a reminder that would fall on midsommarafton is queued the working day before, under the same key', () => {
    // The last Monday of June 2027 is the 28th; three days before is midsommarafton (Friday 25 June): Thursday 24 June 09:00 CEST.
    const june = { ...settings, schedule: { ...settings.schedule, rule: { week: 'last', weekday: 'monday' } as const, reminderDaysBefore: 3 } };
    expect(dueFollowUp(june, [], new Date('2027-06-24T06:59:59.999Z'))).toBeNull();
    const due = dueFollowUp(june, [], new Date('2027-06-24T07:00:00Z'))!;
    expect(due.drafts.map((d) => [d.dedupeKey, d.dueAt])).toEqual([['followUp:19:c@thread.tacv2:2027-06-28:daysBefore', '2027-06-24T07:00:00.000Z']]);
  });

  it('with nudges off, only the channel card', () => {
    const off = { ...settings, schedule: { ...settings.schedule, nudges: false } };
    expect(dueFollowUp(off, log, new Date('2026-11-30T12:00:00Z'))!.drafts.map((d) => d.kind)).toEqual(['followUpReminder']);
  });
});
