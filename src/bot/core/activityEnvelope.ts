import { z } from 'zod';
import { Result, ok, fail } from '../../domain/problem';
import { ActivityLike } from './turn';

/**
 * The envelope of a Bot Framework activity, checked at the door of /api/messages before any SDK
 * sees it: the fields the SDK and the bot read have the types the Bot Framework schema gives
 * them, so a wrong type (a serviceUrl that is an object, a conversation that is a string, an id
 * that is a number) is a 400, never an exception deep inside the SDK. Fields not named here are
 * kept as they are (Teams adds its own). `value` is the card's payload and is judged by the
 * verb that reads it (actionData.ts), which answers the person in their language.
 */
const text = (max: number) => z.string().max(max);
/** Absent, or null as some channels send it: both mean "not given" (toBotTurn reads both so). */
const optional = <T extends z.ZodType>(schema: T) => schema.nullish();

const httpUrl = text(2048).refine((v) => {
  try {
    const url = new URL(v);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
});
const instant = text(64).refine((v) => !Number.isNaN(Date.parse(v)));

const account = z.looseObject({
  id: optional(text(1024)),
  name: optional(text(1024)),
  aadObjectId: optional(text(256)),
  role: optional(text(64)),
});
const member = account.extend({ id: text(1024) });

const idName = z.looseObject({ id: optional(text(1024)), name: optional(text(1024)) });

/** Teams' channelData: the parts anything here reads must have their types. */
const teamsChannelData = z.looseObject({
  tenant: optional(z.looseObject({ id: optional(text(256)) })),
  team: optional(idName),
  channel: optional(idName),
  eventType: optional(text(64)),
  settings: optional(z.looseObject({ selectedChannel: optional(idName) })),
});

export const activityEnvelope = z.looseObject({
  type: text(64).min(1),
  id: optional(text(1024)),
  channelId: optional(text(64)),
  serviceUrl: httpUrl,
  timestamp: optional(instant),
  localTimestamp: optional(instant),
  from: account,
  recipient: account,
  conversation: z.looseObject({
    id: text(1024).min(1),
    conversationType: optional(text(64)),
    tenantId: optional(text(256)),
    isGroup: optional(z.boolean()),
    name: optional(text(1024)),
  }),
  text: optional(z.string()),
  textFormat: optional(text(64)),
  locale: optional(text(64)),
  name: optional(text(256)),
  action: optional(text(64)),
  replyToId: optional(text(1024)),
  channelData: optional(teamsChannelData),
  entities: optional(z.array(z.looseObject({ type: text(256) }))),
  attachments: optional(z.array(z.looseObject({ contentType: text(256) }))),
  membersAdded: optional(z.array(member)),
  membersRemoved: optional(z.array(member)),
  value: z.unknown().optional(),
});

/** An activity that passed the door: the body as it came (nothing added or dropped), with the fields the bot needs to answer. */
export type ActivityEnvelope = ActivityLike & { type: string; serviceUrl: string; conversation: { id: string } };

/** The activity, or `invalid` naming the first field that is wrong (never its content). */
export function parseActivity(body: unknown): Result<ActivityEnvelope> {
  const parsed = activityEnvelope.safeParse(body);
  if (parsed.success) return ok(body as ActivityEnvelope);
  const field = parsed.error.issues[0]?.path.map(String).join('.') || 'activity';
  return fail('invalid', 'bot.invalidActivity', { field: field.slice(0, 100) });
}
