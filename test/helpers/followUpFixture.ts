import { DateTime } from 'luxon';
import { newActivity } from '../../src/domain/activity';
import { localDate } from '../../src/domain/calendar';
import { defaultFollowUpSettings } from '../../src/domain/followUp';
import { ruleOf } from '../../src/domain/followUpSchedule';
import { unwrap } from '../../src/domain/problem';
import { Store } from '../../src/store/store';
import { BOT, TENANT, teamsUser } from './teamsActivity';
import { entryFor } from './auditFixtures';

/**
 * A store as an administration that has chosen its follow-up channel, on a real clock: the
 * meeting is tomorrow at 23:30 and its reminder (three days before) is already due; `owners`
 * people each own an overdue item and have a personal chat with the bot. For the tests that
 * run the built server as processes on that store (SQLite file or Azurite).
 */
export const FOLLOW_UP_CHANNEL = '19:followup-processes@thread.tacv2';
const ZONE = 'Europe/Stockholm';

export async function prepareFollowUp(store: Store, serviceUrl: string, owners: number, nudges: boolean): Promise<void> {
  const now = new Date();
  const today = localDate(now, ZONE);
  const tomorrow = DateTime.fromISO(today).plus({ days: 1 }).toISODate()!;
  const overdue = DateTime.fromISO(today).minus({ days: 10 }).toISODate()!;
  const reference = (conversation: { id: string; conversationType: string }, user = 'installer') => ({
    channelId: 'msteams',
    serviceUrl,
    conversation: { ...conversation, tenantId: TENANT },
    bot: { id: BOT.id, name: BOT.name },
    user: { id: `29:${user}` },
    locale: 'sv-SE',
  });
  const channel = { conversationId: FOLLOW_UP_CHANNEL, teamId: FOLLOW_UP_CHANNEL, teamName: 'O365 Förvaltning', channelName: null };
  await store.channels.save({ ...channel, reference: reference({ id: FOLLOW_UP_CHANNEL, conversationType: 'channel' }), updatedAt: now.toISOString() });
  const settings = defaultFollowUpSettings(ZONE);
  const saved = await store.followUp.save(
    { ...settings, channel, schedule: { ...settings.schedule, rule: ruleOf(tomorrow), time: '23:30', reminderDaysBefore: 3, nudges } },
    0,
    entryFor('followUpSettings'),
  );
  if (!saved.ok) throw new Error('the follow-up settings were not stored');
  const lead = { id: 'aad-lead', name: 'Maria Lindqvist' };
  for (let i = 0; i < owners; i++) {
    const u = teamsUser(i);
    await store.conversations.save(u.aadObjectId, reference({ id: u.conversationId, conversationType: 'personal' }, u.id), now);
    const { draft, audit } = unwrap(
      newActivity(
        { title: `Punkt ${i}`, description: '', category: 'Övrigt', owner: { id: u.aadObjectId, name: u.name }, status: 'pågår', priority: 'normal', dueDate: overdue, origin: 'förvaltning', resolution: null },
        lead,
        now,
      ),
    );
    await store.activities.create(draft, audit);
  }
}
