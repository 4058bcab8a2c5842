import { z } from 'zod';
import { Problem, Result, fail, ok } from '../../domain/problem';
import { isIsoDate } from '../../domain/calendar';
import { FOLLOW_UP_VIEWS } from '../followUp/followUpCardData';

/**
 * The verbs of the bot's card buttons and the data each carries, validated with zod before
 * anything is looked up or stored. Action.Execute sends `{ action: { type, verb, data } }` in
 * an `adaptiveCard/action` invoke; the Action.Submit fallback sends the data with the verb in it
 * as the value of a message.
 */
export const VERBS = [
  'signUp',
  'cancel',
  'showTraining',
  'refresh',
  'listTrainings',
  'myRegistrations',
  'followUpOpen',
  'followUpDone',
  'followUpPostpone',
  'followUpComment',
  'followUpRefresh',
] as const;
export type Verb = (typeof VERBS)[number];

/** What a `refresh` re-renders for the person looking at the card. */
export const VIEWS = ['list', 'my', 'training'] as const;
export type ViewName = (typeof VIEWS)[number];

/** Largest action value accepted (JSON characters); a card's own data is far smaller. */
export const MAX_ACTION_CHARS = 4096;

const trainingId = z.string().min(1).max(40).regex(/^[A-Za-z0-9_-]+$/);
const withTraining = z.object({ trainingId });
const none = z.object({});

/**
 * The monthly follow-up's cards: which card (the channel's restlista or an owner's nudge) for
 * which meeting, the item, and the version the card showed (a stale click is a conflict). What
 * the person typed comes as the input's id (`note`, `dueDate`, `comment`) next to the data.
 */
const followUpCard = { meetingDate: z.string().refine(isIsoDate), view: z.enum(FOLLOW_UP_VIEWS) };
const activityKey = z.string().min(1).max(20).regex(/^[A-Za-z0-9-]+$/);
const version = z.string().regex(/^\d{1,9}$/).transform(Number);
const typed = (max: number) => z.string().max(max).optional();
export const FOLLOW_UP_FORMS = ['done', 'postpone', 'comment'] as const;
export type FollowUpForm = (typeof FOLLOW_UP_FORMS)[number];

export const VERB_DATA = {
  signUp: withTraining,
  cancel: withTraining,
  showTraining: withTraining,
  refresh: z
    .object({ view: z.enum(VIEWS), trainingId: trainingId.optional() })
    .refine((d) => d.view !== 'training' || d.trainingId !== undefined, { path: ['trainingId'] }),
  listTrainings: none,
  myRegistrations: none,
  followUpOpen: z.object({ ...followUpCard, key: activityKey, form: z.enum(FOLLOW_UP_FORMS) }),
  followUpDone: z.object({ ...followUpCard, key: activityKey, version, note: typed(2000) }),
  followUpPostpone: z.object({ ...followUpCard, key: activityKey, version, dueDate: typed(40) }),
  followUpComment: z.object({ ...followUpCard, key: activityKey, comment: typed(2000) }),
  followUpRefresh: z.object(followUpCard),
} satisfies Record<Verb, z.ZodType>;

export type VerbData = { [V in Verb]: z.infer<(typeof VERB_DATA)[V]> };
export type CardAction = { [V in Verb]: { verb: V; data: VerbData[V] } }[Verb];

const executeValue = z.object({
  action: z.object({ type: z.literal('Action.Execute').optional(), verb: z.string().max(40), data: z.record(z.string(), z.unknown()).optional() }),
});
const submitValue = z.object({ verb: z.string().max(40) }).catchall(z.unknown());

const invalid = (field: string): { ok: false; problem: Problem } => fail('invalid', 'bot.invalidAction', { field });

function size(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Infinity;
  }
}

/** The verb and its validated data, from an invoke value (`execute`) or a submitted message value (`submit`). */
export function parseCardAction(value: unknown, source: 'execute' | 'submit'): Result<CardAction> {
  if (size(value) > MAX_ACTION_CHARS) return fail('invalid', 'bot.actionTooLarge', { params: { max: MAX_ACTION_CHARS } });
  let verb: string;
  let data: unknown;
  if (source === 'execute') {
    const parsed = executeValue.safeParse(value);
    if (!parsed.success) return invalid(parsed.error.issues[0]!.path.join('.') || 'action');
    verb = parsed.data.action.verb;
    data = parsed.data.action.data ?? {};
  } else {
    const parsed = submitValue.safeParse(value);
    if (!parsed.success) return invalid(parsed.error.issues[0]!.path.join('.') || 'value');
    const { verb: submitted, ...rest } = parsed.data;
    verb = submitted;
    data = rest;
  }
  if (!(VERBS as readonly string[]).includes(verb)) return fail('invalid', 'bot.unknownVerb', { field: 'verb' });
  const schema = VERB_DATA[verb as Verb];
  const checked = schema.safeParse(data);
  if (!checked.success) return invalid(checked.error.issues[0]!.path.join('.') || 'data');
  return ok({ verb, data: checked.data } as CardAction);
}

/** Whether a message value is a card's Action.Submit (it names a verb) rather than something else. */
export const isSubmittedAction = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && 'verb' in value;
