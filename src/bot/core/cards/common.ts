import { DateTime } from 'luxon';
import {
  ActionSet,
  AdaptiveCard,
  CardElement,
  ExecuteAction,
  Fact,
  FactSet,
  IExecuteAction,
  IOpenUrlAction,
  OpenUrlAction,
  SubmitAction,
  TextBlock,
} from '@microsoft/teams.cards';
import { Locale, MessageKey, t } from '../../../i18n';
import '../../../i18n/serverTexts';
import { TrainingView } from '../../../domain/trainingView';
import { CardJson } from '../turn';
import { Verb, ViewName } from '../actionData';

/** What every card builder needs besides its data: the language and time zone, and for whom the card refreshes. */
export interface CardContext {
  locale: Locale;
  timeZone: string;
  /** The Teams user id (29:…) of the person the card is for: its `refresh` runs for them. */
  channelUserId?: string;
  /** The signed .ics link for a training, for the person the card is for. */
  calendarUrl?: (trainingId: string) => string;
  /** The tab's restlista (a Teams deep link, or the tab's URL), for the follow-up cards. */
  restlistaUrl?: string;
}

export const text = (ctx: CardContext, key: MessageKey, params: Record<string, string | number> = {}) => t(ctx.locale, key, params);

export const heading = (value: string) => new TextBlock(value, { size: 'Large', weight: 'Bolder', wrap: true, style: 'heading' });
export const title = (value: string) => new TextBlock(value, { size: 'Medium', weight: 'Bolder', wrap: true });
export const paragraph = (value: string) => new TextBlock(value, { wrap: true });
export const subtle = (value: string) => new TextBlock(value, { wrap: true, isSubtle: true, spacing: 'None' });
export const good = (value: string) => new TextBlock(value, { wrap: true, weight: 'Bolder', color: 'Good' });
export const warning = (value: string) => new TextBlock(value, { wrap: true, weight: 'Bolder', color: 'Warning' });
export const attention = (value: string) => new TextBlock(value, { wrap: true, weight: 'Bolder', color: 'Attention' });

/**
 * An Action.Execute (Universal Actions: an `adaptiveCard/action` invoke answered with a new
 * card) with an Action.Submit fallback for clients without Universal Actions (the same data
 * plus the verb, sent as a message with a value).
 */
export function execute(title: string, verb: Verb, data: Record<string, string> = {}, style?: 'positive' | 'destructive'): IExecuteAction {
  const action = new ExecuteAction({ title }).withVerb(verb).withData({ ...data }).withFallback(
    new SubmitAction({ title, ...(style ? { style } : {}) }).withData({ ...data, verb }),
  );
  return style ? action.withStyle(style) : action;
}

export const openUrl = (title: string, url: string): IOpenUrlAction => new OpenUrlAction(url, { title });

export const actions = (...list: (IExecuteAction | IOpenUrlAction | null | false | undefined)[]) =>
  new ActionSet(...list.filter((a): a is IExecuteAction | IOpenUrlAction => !!a));

/** The card, version 1.5, refreshing for its person (so each sees their own state) when it shows per-user state. */
export function card(ctx: CardContext, body: CardElement[], refresh?: { view: ViewName; trainingId?: string }): CardJson {
  let c = new AdaptiveCard(...body).withVersion('1.5').withFallbackText(text(ctx, 'bot.fallbackText'));
  if (refresh && ctx.channelUserId) {
    const data: Record<string, string> = { view: refresh.view, ...(refresh.trainingId ? { trainingId: refresh.trainingId } : {}) };
    c = c.withRefresh({ action: new ExecuteAction().withVerb('refresh').withData(data), userIds: [ctx.channelUserId] });
  }
  return toCardJson(c);
}

/** Values @microsoft/teams.cards writes out although they are the schema's defaults: left out, the card is smaller. */
const DEFAULTS: Record<string, unknown> = {
  isVisible: true,
  separator: false,
  height: 'auto',
  spacing: 'Default',
  isSortKey: false,
  mode: 'primary',
  isEnabled: true,
  conditionallyEnabled: false,
};

/** Plain JSON of a card, without default values and empty `requires` (Teams limits a card to ~28 KB). */
export function toCardJson(value: unknown): CardJson {
  // The card elements are plain data objects (no toJSON, no cycles): one walk copies them.
  return strip(value) as CardJson;
}

function strip(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) {
    const list = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) list[i] = strip(v[i]);
    return list;
  }
  const out: Record<string, unknown> = {};
  const record = v as Record<string, unknown>;
  // Own enumerable properties only: the card classes keep their methods on the prototype.
  for (const key in record) {
    const inner = record[key];
    if (inner === undefined || typeof inner === 'function' || DEFAULTS[key] === inner) continue;
    if (key === 'style' && inner === 'default') continue;
    if (key === 'requires' && isEmptyObject(inner)) continue;
    out[key] = strip(inner);
  }
  return out;
}

function isEmptyObject(v: unknown): boolean {
  if (!v || typeof v !== 'object') return false;
  for (const _ in v) return false;
  return true;
}

/**
 * Formatting a time in a zone costs tens of µs (luxon asks Intl for the zone's offset on every
 * step), and every list repeats the same few trainings: the strings are kept, keyed by all
 * they depend on. Bounded: cleared when full.
 */
const WHEN_CACHE_LIMIT = 2_000;
const whenCache = new Map<string, string>();

/** "måndag 30 mars 2026 kl. 09:00–09:45" / "Monday 30 March 2026, 09:00–09:45" in the app's time zone. */
export function when(ctx: CardContext, training: Pick<TrainingView, 'start' | 'end'>): string {
  const key = `${ctx.locale}|${ctx.timeZone}|${training.start}|${training.end}`;
  let value = whenCache.get(key);
  if (value === undefined) {
    value = formatWhen(ctx, training);
    if (whenCache.size >= WHEN_CACHE_LIMIT) whenCache.clear();
    whenCache.set(key, value);
  }
  return value;
}

function formatWhen(ctx: CardContext, training: Pick<TrainingView, 'start' | 'end'>): string {
  const tag = ctx.locale === 'sv' ? 'sv-SE' : 'en-GB';
  const start = DateTime.fromISO(training.start, { zone: 'utc' }).setZone(ctx.timeZone).setLocale(tag);
  const end = DateTime.fromISO(training.end, { zone: 'utc' }).setZone(ctx.timeZone).setLocale(tag);
  const format = text(ctx, 'bot.time.sameDay');
  const endFormat = start.hasSame(end, 'day') ? text(ctx, 'bot.time.endSameDay') : format;
  return `${start.toFormat(format)}–${end.toFormat(endFormat)}`;
}

export const placeOf = (ctx: CardContext, training: Pick<TrainingView, 'place' | 'meetingUrl'>): string =>
  training.place ?? (training.meetingUrl ? text(ctx, 'bot.place.teams') : text(ctx, 'bot.place.none'));

/** "5 platser kvar av 20" / "Fullt – 3 på väntelistan". */
export function seats(ctx: CardContext, v: Pick<TrainingView, 'seatsLeft' | 'capacity' | 'waitlisted'>): string {
  if (v.seatsLeft === 1) return text(ctx, 'bot.seats.one', { capacity: v.capacity });
  if (v.seatsLeft > 1) return text(ctx, 'bot.seats.other', { count: v.seatsLeft, capacity: v.capacity });
  return v.waitlisted > 0 ? text(ctx, 'bot.seats.fullWaitlist', { count: v.waitlisted }) : text(ctx, 'bot.seats.full');
}

/** The person's own state for a training: "Anmäld ✓", "På väntelistan, plats 2", … */
export function statusOf(ctx: CardContext, v: Pick<TrainingView, 'status' | 'myStatus' | 'myPosition'>): string {
  if (v.status === 'cancelled') return text(ctx, 'bot.status.trainingCancelled');
  switch (v.myStatus) {
    case 'confirmed':
      return text(ctx, 'bot.status.confirmed');
    case 'waitlisted':
      return text(ctx, 'bot.status.waitlisted', { position: v.myPosition ?? '?' });
    case 'attended':
      return text(ctx, 'bot.status.attended');
    case 'cancelled':
      return text(ctx, 'bot.status.cancelled');
    default:
      return v.status === 'held' ? text(ctx, 'bot.status.trainingHeld') : text(ctx, 'bot.status.none');
  }
}

export function facts(ctx: CardContext, v: TrainingView, opts: { seats?: boolean } = {}): FactSet {
  const list = [
    new Fact(text(ctx, 'bot.fact.when'), when(ctx, v)),
    new Fact(text(ctx, 'bot.fact.where'), placeOf(ctx, v)),
    new Fact(text(ctx, 'bot.fact.organiser'), v.organiser.name),
  ];
  if (opts.seats) list.push(new Fact(text(ctx, 'bot.fact.seats'), seats(ctx, v)));
  return new FactSet(...list);
}

export const isRegistered = (v: Pick<TrainingView, 'myStatus'>) => v.myStatus === 'confirmed' || v.myStatus === 'waitlisted';

/** Sign up / join the waitlist / cancel / leave the waitlist — whichever the person may do now (`v.can`, decided by the domain); null if none. */
export function primaryAction(ctx: CardContext, v: TrainingView): IExecuteAction | null {
  const data = { trainingId: v.id };
  if (v.can.cancel) return execute(text(ctx, 'bot.action.cancel'), 'cancel', data, 'destructive');
  if (v.can.leaveWaitlist) return execute(text(ctx, 'bot.action.leaveWaitlist'), 'cancel', data);
  if (!v.can.signUp) return null;
  const key = v.seatsLeft > 0 ? (v.myStatus === 'cancelled' ? 'bot.action.signUpAgain' : 'bot.action.signUp') : 'bot.action.joinWaitlist';
  return execute(text(ctx, key), 'signUp', data, 'positive');
}

/** The links a confirmed person needs: the Teams meeting and the calendar file — unless the Outlook invitation brings the training to their calendar. */
export function attendLinks(ctx: CardContext, v: TrainingView): IOpenUrlAction[] {
  const links: IOpenUrlAction[] = [];
  if (v.meetingUrl) links.push(openUrl(text(ctx, 'bot.action.join'), v.meetingUrl));
  if (ctx.calendarUrl && !v.invitation) links.push(openUrl(text(ctx, 'bot.action.calendar'), ctx.calendarUrl(v.id)));
  return links;
}

export const listAction = (ctx: CardContext) => execute(text(ctx, 'bot.action.trainings'), 'listTrainings');
export const myAction = (ctx: CardContext) => execute(text(ctx, 'bot.action.my'), 'myRegistrations');

/** Cards about one training refresh to the viewer's current state of that training. */
export const trainingRefresh = (v: TrainingView) => ({ view: 'training' as const, trainingId: v.id });
