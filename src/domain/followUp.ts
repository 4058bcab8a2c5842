import { ConversationReference } from './notification';
import { FollowUpSchedule, ReminderKind, defaultFollowUpSchedule } from './followUpSchedule';
import { Person } from './person';

/**
 * The monthly follow-up in Teams: the channel the restlista is brought to before each meeting
 * (chosen in the tab's Inställningar or with "följ upp här" in the channel) and its schedule.
 * One follow-up channel for the app (the administration's team), one schedule for it.
 */

/** A team channel the bot knows (from the install in the team, a channel event or a message in it). */
export interface TeamChannel {
  /** The channel's conversation id (19:…@thread.tacv2); the General channel's equals the team id. */
  conversationId: string;
  teamId: string;
  teamName: string | null;
  /** Null for the General channel (Teams sends no name for it). */
  channelName: string | null;
  /** Where to post in the channel (a new conversation thread). */
  reference: ConversationReference;
  updatedAt: string;
}

/** The chosen channel as the settings keep it. */
export type FollowUpChannel = Pick<TeamChannel, 'conversationId' | 'teamId' | 'teamName' | 'channelName'>;

export interface FollowUpSettings {
  /** Null: no channel chosen yet — no reminders are sent; the schedule still says when the next meeting is. */
  channel: FollowUpChannel | null;
  schedule: FollowUpSchedule;
  /** 0 = never saved (the defaults). */
  version: number;
  updatedAt: string | null;
  updatedBy: Person | null;
}

/** The settings as the tab's Inställningar shows them: with the channels the bot knows (to choose from) and the next meetings and their reminders. */
export interface FollowUpSettingsView extends FollowUpSettings {
  channels: FollowUpChannel[];
  upcoming: { date: string; at: string; reminders: { kind: ReminderKind; at: string }[] }[];
}

export function defaultFollowUpSettings(timeZone: string): FollowUpSettings {
  return { channel: null, schedule: defaultFollowUpSchedule(timeZone), version: 0, updatedAt: null, updatedBy: null };
}

export const channelOf = (c: TeamChannel): FollowUpChannel => ({
  conversationId: c.conversationId,
  teamId: c.teamId,
  teamName: c.teamName,
  channelName: c.channelName,
});

/** "följ upp här" / the tab: the settings with another channel (or none). */
export function withChannel(settings: FollowUpSettings, channel: FollowUpChannel | null, by: Person, now: Date): FollowUpSettings {
  return { ...settings, channel, updatedAt: now.toISOString(), updatedBy: by };
}

export function withSchedule(settings: FollowUpSettings, schedule: FollowUpSchedule, by: Person, now: Date): FollowUpSettings {
  return { ...settings, schedule, updatedAt: now.toISOString(), updatedBy: by };
}
