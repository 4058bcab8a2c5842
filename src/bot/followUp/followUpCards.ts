import { DateTime } from 'luxon';
import { CardElement, Container, DateInput, Fact, FactSet, TextInput } from '@microsoft/teams.cards';
import { IsoDate } from '../../domain/calendar';
import { FollowUpSchedule, ScheduledMeeting, ScheduledReminder } from '../../domain/followUpSchedule';
import { RestlistaItem } from '../../domain/restlista';
import { DocumentToReview, FollowUpCardData, FollowUpNotice, FollowUpView } from './followUpCardData';
import { FollowUpForm } from '../core/actionData';
import { CardJson } from '../core/turn';
import { CardContext, actions, attention, card, execute, good, heading, openUrl, paragraph, subtle, text, title, warning } from '../core/cards/common';

/**
 * The monthly follow-up's cards: the restlista before the meeting in the channel (counts, the
 * overdue and due items with Klar / Skjut upp / Kommentera, "och N till" with a link to the
 * tab), an owner's nudge with their items, and the small form each button opens (a note, a new
 * date, a comment) — every state fully visible, no hidden parts. Each button is an
 * Action.Execute: the answer is the card as it is now, and the posted card is updated in place.
 */
const tag = (ctx: CardContext) => (ctx.locale === 'sv' ? 'sv-SE' : 'en-GB');

export function meetingWhen(ctx: CardContext, at: Date, timeZone: string): string {
  return DateTime.fromJSDate(at, { zone: timeZone }).setLocale(tag(ctx)).toFormat(text(ctx, 'bot.followUp.when'));
}

export const shortDate = (ctx: CardContext, date: IsoDate): string =>
  DateTime.fromISO(date, { zone: 'UTC' }).setLocale(tag(ctx)).toFormat(text(ctx, 'bot.followUp.date'));

const cardData = (data: Pick<FollowUpCardData, 'view' | 'meeting'>) => ({ meetingDate: data.meeting.date, view: data.view });

function noticeLine(notice: FollowUpNotice | undefined): CardElement[] {
  if (!notice) return [];
  return [notice.tone === 'good' ? good(notice.text) : notice.tone === 'warning' ? warning(notice.text) : attention(notice.text)];
}

function itemLine(ctx: CardContext, item: RestlistaItem): string {
  const owner = item.activity.owner?.name ?? text(ctx, 'bot.followUp.item.noOwner');
  const date = item.activity.dueDate ? shortDate(ctx, item.activity.dueDate) : '';
  if (item.flags.overdue) {
    const days = item.daysOverdue ?? 0;
    return text(ctx, days === 1 ? 'bot.followUp.item.overdue.one' : 'bot.followUp.item.overdue.other', { owner, date, days });
  }
  return text(ctx, 'bot.followUp.item.due', { owner, date });
}

function itemBlock(ctx: CardContext, data: FollowUpCardData, item: RestlistaItem): Container {
  const { key } = item.activity;
  const open = (form: FollowUpForm, label: 'done' | 'postpone' | 'comment') =>
    execute(text(ctx, `bot.followUp.action.${label}`), 'followUpOpen', { ...cardData(data), key, form }, form === 'done' ? 'positive' : undefined);
  return new Container(
    paragraph(text(ctx, 'bot.followUp.item.title', { key, title: item.activity.title })),
    subtle(itemLine(ctx, item)),
    actions(open('done', 'done'), open('postpone', 'postpone'), open('comment', 'comment')),
  )
    .withSeparator(true)
    .withSpacing('Medium');
}

function section(ctx: CardContext, data: FollowUpCardData, key: 'overdue' | 'due'): CardElement[] {
  const part = data[key];
  if (part.shown.length === 0) return [];
  return [
    title(text(ctx, key === 'overdue' ? 'bot.followUp.section.overdue' : 'bot.followUp.section.due', { count: part.total })),
    ...part.shown.map((item) => itemBlock(ctx, data, item)),
  ];
}

function documentBlock(ctx: CardContext, doc: DocumentToReview): Container {
  const owner = doc.owner?.name ?? text(ctx, 'bot.followUp.item.noOwner');
  const date = doc.nextReview ? shortDate(ctx, doc.nextReview) : '';
  return new Container(
    paragraph(text(ctx, 'bot.followUp.documents.item', { id: doc.id, title: doc.title })),
    subtle(text(ctx, doc.due === 'overdue' ? 'bot.followUp.documents.overdue' : 'bot.followUp.documents.due', { owner, date })),
  )
    .withSeparator(true)
    .withSpacing('Small');
}

/** "Dokument att granska": the register's documents due for review, in a section of their own; they are marked reviewed in the tab. */
function documentsSection(ctx: CardContext, data: FollowUpCardData): CardElement[] {
  const { shown, total } = data.documents;
  if (total === 0) return [];
  return [
    title(text(ctx, 'bot.followUp.documents.title', { count: total })),
    ...shown.map((doc) => documentBlock(ctx, doc)),
    ...(total > shown.length ? [subtle(text(ctx, 'bot.followUp.documents.more', { count: total - shown.length }))] : []),
    subtle(text(ctx, 'bot.followUp.documents.how')).withSpacing('Small'),
  ];
}

function closing(ctx: CardContext, data: FollowUpCardData): CardElement[] {
  return [
    ...(data.more > 0 ? [subtle(text(ctx, 'bot.followUp.more', { count: data.more })).withSpacing('Medium')] : []),
    actions(
      ctx.restlistaUrl ? openUrl(text(ctx, 'bot.followUp.action.open'), ctx.restlistaUrl) : null,
      execute(text(ctx, 'bot.followUp.action.refresh'), 'followUpRefresh', cardData(data)),
    ),
  ];
}

/** The restlista before the meeting, in the channel (or on demand with `restlista`). */
export function followUpReminderCard(ctx: CardContext, data: FollowUpCardData): CardJson {
  const onTheDay = data.today === data.meeting.date;
  const heading_ = onTheDay
    ? text(ctx, 'bot.followUp.todayTitle', { time: DateTime.fromJSDate(data.meeting.at, { zone: data.timeZone }).toFormat('HH:mm') })
    : text(ctx, 'bot.followUp.title', { when: meetingWhen(ctx, data.meeting.at, data.timeZone) });
  const c = data.counts;
  const urgent = data.overdue.total + data.due.total;
  return card(ctx, [
    heading(heading_),
    paragraph(text(ctx, 'bot.followUp.intro')),
    ...noticeLine(data.notice),
    new FactSet(
      new Fact(text(ctx, 'bot.followUp.count.open'), String(c.open)),
      new Fact(text(ctx, 'bot.followUp.count.overdue'), String(c.overdue)),
      new Fact(text(ctx, 'bot.followUp.count.dueBeforeMeeting'), String(c.dueBeforeMeeting)),
      new Fact(text(ctx, 'bot.followUp.count.noOwner'), String(c.noOwner)),
    ),
    ...(urgent === 0 ? [paragraph(text(ctx, 'bot.followUp.nothingUrgent'))] : []),
    ...section(ctx, data, 'overdue'),
    ...section(ctx, data, 'due'),
    ...documentsSection(ctx, data),
    ...closing(ctx, data),
  ]);
}

/** An owner's overdue (and due) items before the meeting, in their personal chat. */
export function followUpNudgeCard(ctx: CardContext, data: FollowUpCardData): CardJson {
  const name = data.person?.name.trim().split(/\s+/)[0] ?? '';
  const urgent = data.overdue.total + data.due.total;
  return card(ctx, [
    heading(text(ctx, 'bot.followUp.nudge.title', { date: shortDate(ctx, data.meeting.date) })),
    ...(data.overdue.total > 0 ? [paragraph(text(ctx, 'bot.followUp.nudge.intro', { name }))] : []),
    ...noticeLine(data.notice),
    ...(data.overdue.total === 0 ? [good(text(ctx, 'bot.followUp.nudge.none'))] : []),
    ...(urgent > 0 ? [...section(ctx, data, 'overdue'), ...section(ctx, data, 'due')] : []),
    ...documentsSection(ctx, data),
    ...closing(ctx, data),
  ]);
}

export const followUpCard = (ctx: CardContext, data: FollowUpCardData): CardJson =>
  data.view === 'nudge' ? followUpNudgeCard(ctx, data) : followUpReminderCard(ctx, data);

export interface FollowUpFormData {
  form: FollowUpForm;
  item: RestlistaItem;
  meetingDate: IsoDate;
  view: FollowUpView;
  today: IsoDate;
  /** Why the last try was not saved (a required field left empty, a date in the past). */
  error?: string;
}

const FORM_TEXT = {
  done: { title: 'bot.followUp.form.done.title', submit: 'bot.followUp.form.done.submit', verb: 'followUpDone' },
  postpone: { title: 'bot.followUp.form.postpone.title', submit: 'bot.followUp.form.postpone.submit', verb: 'followUpPostpone' },
  comment: { title: 'bot.followUp.form.comment.title', submit: 'bot.followUp.form.comment.submit', verb: 'followUpComment' },
} as const;

function formInput(ctx: CardContext, f: FollowUpFormData): CardElement {
  const required = text(ctx, 'bot.followUp.form.required');
  switch (f.form) {
    case 'done':
      return new TextInput({ id: 'note', label: text(ctx, 'bot.followUp.form.done.label'), placeholder: text(ctx, 'bot.followUp.form.done.placeholder') })
        .withIsMultiline(true)
        .withMaxLength(2000)
        .withIsRequired(true)
        .withErrorMessage(required);
    case 'postpone':
      return new DateInput({ id: 'dueDate', label: text(ctx, 'bot.followUp.form.postpone.label') })
        .withMin(f.today)
        .withValue(f.item.activity.dueDate && f.item.activity.dueDate >= f.today ? f.item.activity.dueDate : f.today)
        .withIsRequired(true)
        .withErrorMessage(required);
    case 'comment':
      return new TextInput({ id: 'comment', label: text(ctx, 'bot.followUp.form.comment.label', { date: shortDate(ctx, f.meetingDate) }) })
        .withIsMultiline(true)
        .withMaxLength(2000)
        .withIsRequired(true)
        .withErrorMessage(required);
  }
}

/** What "Klar", "Skjut upp" or "Kommentera" opens for one item: its facts, one field, save or go back. */
export function followUpFormCard(ctx: CardContext, f: FollowUpFormData): CardJson {
  const { activity } = f.item;
  const spec = FORM_TEXT[f.form];
  const back = { meetingDate: f.meetingDate, view: f.view };
  const submitData = { ...back, key: activity.key, ...(f.form === 'comment' ? {} : { version: String(activity.version) }) };
  return card(ctx, [
    title(text(ctx, spec.title, { key: activity.key, title: activity.title })),
    ...(f.error ? [attention(f.error)] : []),
    new FactSet(
      new Fact(text(ctx, 'bot.followUp.fact.owner'), activity.owner?.name ?? text(ctx, 'bot.followUp.item.noOwner')),
      new Fact(text(ctx, 'bot.followUp.fact.due'), activity.dueDate ? shortDate(ctx, activity.dueDate) : '–'),
      new Fact(text(ctx, 'bot.followUp.fact.status'), text(ctx, `status.${activity.status}`)),
    ),
    formInput(ctx, f),
    actions(
      execute(text(ctx, spec.submit), spec.verb, submitData, 'positive'),
      execute(text(ctx, 'bot.followUp.action.back'), 'followUpRefresh', back),
    ),
  ]);
}

/** "the first Tuesday of the month at 09:00" in the card's language. */
export const ruleText = (ctx: CardContext, s: FollowUpSchedule): string =>
  text(ctx, 'bot.followUp.rule', { week: text(ctx, `week.${s.rule.week}`), weekday: text(ctx, `weekday.${s.rule.weekday}`), time: s.time });

/** The answer to "följ upp här": this channel gets the restlista; the schedule, the next meeting and reminder. */
export function followUpChosenCard(
  ctx: CardContext,
  chosen: {
    channelName: string;
    schedule: FollowUpSchedule;
    meeting: ScheduledMeeting;
    reminder: ScheduledReminder | null;
    /** The team became the förvaltning team with this (its name): its owners are förvaltningsledare, its members members. */
    forvaltningTeam?: string | null;
  },
): CardJson {
  const { schedule } = chosen;
  return card(ctx, [
    heading(text(ctx, 'bot.followUp.chosen.title')),
    good(chosen.channelName),
    paragraph(text(ctx, 'bot.followUp.chosen.text')),
    ...(chosen.forvaltningTeam ? [paragraph(text(ctx, 'bot.followUp.chosen.team', { team: chosen.forvaltningTeam }))] : []),
    new FactSet(
      new Fact(text(ctx, 'bot.followUp.chosen.schedule'), ruleText(ctx, schedule)),
      new Fact(text(ctx, 'bot.followUp.chosen.nextMeeting'), meetingWhen(ctx, chosen.meeting.at, schedule.timeZone)),
      new Fact(
        text(ctx, 'bot.followUp.chosen.nextReminder'),
        chosen.reminder ? meetingWhen(ctx, chosen.reminder.at, schedule.timeZone) : text(ctx, 'bot.followUp.chosen.noReminder'),
      ),
    ),
    actions(ctx.restlistaUrl ? openUrl(text(ctx, 'bot.followUp.action.open'), ctx.restlistaUrl) : null),
  ]);
}
