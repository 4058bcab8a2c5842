import { person } from '../../commands/context';
import { IsoDate, isIsoDate, localDate } from '../../domain/calendar';
import { isClosed } from '../../domain/activity';
import { Problem, Result, ok } from '../../domain/problem';
import { CardContext, text } from '../core/cards/common';
import { MessageKey } from '../../i18n';
import { followUpCard, followUpFormCard, shortDate } from './followUpCards';
import { FollowUpForm } from '../core/actionData';
import { refreshPostedReminders } from './followUpPosted';
import { FollowUpNotice, FollowUpView, followUpCardData } from './followUpCardData';
import { messageOf } from '../core/problemReply';
import { ActionResult, Session, isPersonalChat } from '../core/session';
import { VerbHandler } from '../core/verb';
import { CardJson } from '../core/turn';

/**
 * The follow-up cards' buttons. "Klar", "Skjut upp" and "Kommentera" open a small form for the
 * item (followUpOpen); its save goes through the same use cases as the tab — updateActivity
 * with the version the card showed (a stale card is a conflict, nothing is overwritten) and
 * addComment with the meeting date — and answers with the card as it is now. The posted channel
 * card is updated in place for everyone. What the person can fix (an empty note, a date in the
 * past) comes back in the form; what they cannot (someone else changed the item first, no right
 * to edit) comes back as a line on the refreshed card, never as a lost card.
 */
type Base = { meetingDate: IsoDate; view: FollowUpView };

/** Cards in a channel are in the channel's language (many readers); a personal chat in the person's. */
const cardsFor = (s: Session, view: FollowUpView): CardContext =>
  view === 'channel' && !isPersonalChat(s.origin) ? { ...s.cards, locale: s.services.defaultLocale } : s.cards;

async function currentCard(s: Session, d: Base, notice?: FollowUpNotice): Promise<Result<CardJson>> {
  const snapshot = await s.uc.followUp.snapshot(s.identity);
  if (!snapshot.ok) return snapshot;
  const data = followUpCardData(snapshot.value, d.view, d.meetingDate, d.view === 'nudge' ? person(s.identity) : null, notice);
  return ok(followUpCard(cardsFor(s, d.view), data));
}

async function refreshed(s: Session, d: Base, notice?: FollowUpNotice): Promise<ActionResult> {
  const card = await currentCard(s, d, notice);
  return card.ok ? ok({ card: card.value }) : card;
}

async function form(s: Session, d: Base & { key: string }, which: FollowUpForm, error?: string): Promise<ActionResult> {
  const found = await s.uc.followUp.item(d.key, d.meetingDate, which === 'comment' ? 'comment' : 'edit', s.identity);
  // Someone who may not save it is told at the first click, not after filling in the form.
  if (!found.ok) return notSaved(s, d, which, found.problem);
  const item = found.value;
  if (!item || isClosed(item.activity.status)) return refreshed(s, d, { tone: 'warning', text: cardText(s, d, 'bot.followUp.notice.closed', { key: d.key }) });
  const today = localDate(s.uc.clock.now(), s.uc.clock.timeZone);
  return ok({ card: followUpFormCard(cardsFor(s, d.view), { form: which, item, meetingDate: d.meetingDate, view: d.view, today, ...(error ? { error } : {}) }) });
}

const cardText = (s: Session, d: Base, key: MessageKey, params: Record<string, string>) => text(cardsFor(s, d.view), key, params);

/** What was done, in the language of the card it is shown on (the clicker's, the channel's). */
type Done = (cards: CardContext) => FollowUpNotice;

/** The outcome of a change: the refreshed card (and the posted ones updated), or why not. */
async function afterChange(s: Session, d: Base & { key: string }, which: FollowUpForm, result: Result<unknown>, done: Done): Promise<ActionResult> {
  if (!result.ok) return notSaved(s, d, which, result.problem);
  const card = await currentCard(s, d, done(cardsFor(s, d.view)));
  if (!card.ok) return card;
  const clickedHere = !isPersonalChat(s.origin) ? s.origin.replyToId : null;
  await refreshPostedReminders(s.uc, s.services, d.meetingDate, { except: clickedHere, notice: done });
  return ok({ card: card.value, updateClicked: true });
}

const good = (key: MessageKey, params: (cards: CardContext) => Record<string, string>): Done => (cards) => ({ tone: 'good', text: text(cards, key, params(cards)) });

function notSaved(s: Session, d: Base & { key: string }, which: FollowUpForm, problem: Problem): Promise<ActionResult> {
  const message = messageOf(problem, cardsFor(s, d.view));
  switch (problem.kind) {
    case 'invalid':
      return form(s, d, which, message);
    case 'conflict':
      return refreshed(s, d, { tone: 'warning', text: cardText(s, d, 'bot.followUp.notice.conflict', { key: d.key }) });
    case 'not_found':
      return refreshed(s, d, { tone: 'warning', text: cardText(s, d, 'bot.followUp.notice.closed', { key: d.key }) });
    default:
      return refreshed(s, d, { tone: 'attention', text: message });
  }
}

const by = (s: Session) => s.identity.name;

export const followUpRefresh: VerbHandler<'followUpRefresh'> = {
  changes: false,
  run: (s, d) => refreshed(s, d),
};

export const followUpOpen: VerbHandler<'followUpOpen'> = {
  changes: false,
  run: (s, d) => form(s, d, d.form),
};

export const followUpDone: VerbHandler<'followUpDone'> = {
  changes: true,
  async run(s, d) {
    const note = d.note?.trim();
    if (!note) return form(s, d, 'done', cardText(s, d, 'bot.followUp.noteRequired', {}));
    const result = await s.uc.activities.update(d.key, d.version, { status: 'klar', resolution: note }, s.identity);
    return afterChange(s, d, 'done', result, good('bot.followUp.notice.done', () => ({ key: d.key, by: by(s) })));
  },
  replay: (s, d) => refreshed(s, d),
};

export const followUpPostpone: VerbHandler<'followUpPostpone'> = {
  changes: true,
  async run(s, d) {
    const dueDate = d.dueDate?.trim() ?? '';
    const today = localDate(s.uc.clock.now(), s.uc.clock.timeZone);
    if (!isIsoDate(dueDate) || dueDate < today) return form(s, d, 'postpone', cardText(s, d, 'bot.followUp.dateRequired', {}));
    const result = await s.uc.activities.update(d.key, d.version, { dueDate }, s.identity);
    return afterChange(s, d, 'postpone', result, good('bot.followUp.notice.postponed', (cards) => ({ key: d.key, date: shortDate(cards, dueDate), by: by(s) })));
  },
  replay: (s, d) => refreshed(s, d),
};

export const followUpComment: VerbHandler<'followUpComment'> = {
  changes: true,
  async run(s, d) {
    const comment = d.comment?.trim();
    if (!comment) return form(s, d, 'comment', cardText(s, d, 'bot.followUp.commentRequired', {}));
    const result = await s.uc.activities.comment(d.key, { text: comment, meetingDate: d.meetingDate }, s.identity);
    return afterChange(s, d, 'comment', result, good('bot.followUp.notice.commented', () => ({ key: d.key, by: by(s) })));
  },
  replay: (s, d) => refreshed(s, d),
};
