import { SignUpOutcome } from '../../../domain/registration';
import { TrainingView } from '../../../domain/trainingView';
import { CardJson } from '../../core/turn';
import {
  CardContext,
  actions,
  attendLinks,
  card,
  facts,
  good,
  heading,
  listAction,
  paragraph,
  primaryAction,
  statusOf,
  subtle,
  text,
  title,
  warning,
  trainingRefresh,
} from '../../core/cards/common';


const stateLine = (ctx: CardContext, v: TrainingView) =>
  v.myStatus === 'confirmed' || v.myStatus === 'attended' ? good(statusOf(ctx, v)) : v.myStatus === 'waitlisted' ? warning(statusOf(ctx, v)) : subtle(statusOf(ctx, v));

/** One training as the person sees it now: their status, the details, and what they can do. */
export function trainingCard(ctx: CardContext, v: TrainingView): CardJson {
  const confirmed = v.myStatus === 'confirmed' && v.status === 'planned';
  return card(
    ctx,
    [
      heading(v.title),
      stateLine(ctx, v),
      ...(v.description ? [paragraph(v.description)] : []),
      facts(ctx, v, { seats: v.status === 'planned' }),
      ...(v.status === 'planned' && !v.signUpOpen && !v.myStatus ? [subtle(text(ctx, 'bot.signUpClosed'))] : []),
      actions(...(confirmed ? attendLinks(ctx, v) : []), primaryAction(ctx, v), listAction(ctx)),
    ],
    trainingRefresh(v),
  );
}

/** The answer to "Anmäl mig": "Anmäld ✓", "Fullt – du står på väntelistan, plats 3", or that it was already so. */
export function signUpResultCard(ctx: CardContext, v: TrainingView, outcome: SignUpOutcome, position: number | null): CardJson {
  const waitlisted = v.myStatus === 'waitlisted';
  const headline =
    outcome === 'confirmed'
      ? good(text(ctx, 'bot.signUp.confirmed'))
      : outcome === 'waitlisted'
        ? warning(text(ctx, 'bot.signUp.waitlisted', { position: position ?? '?' }))
        : waitlisted
          ? warning(text(ctx, 'bot.signUp.alreadyWaitlisted', { position: v.myPosition ?? position ?? '?' }))
          : good(text(ctx, 'bot.signUp.alreadyConfirmed'));
  return card(
    ctx,
    [
      title(v.title),
      headline,
      ...(waitlisted ? [paragraph(text(ctx, 'bot.signUp.waitlistText'))] : []),
      facts(ctx, v),
      actions(primaryAction(ctx, v), listAction(ctx)),
    ],
    trainingRefresh(v),
  );
}

/** Sent after a confirmed sign-up: time in Stockholm, the meeting link, the calendar file (or, with Outlook invitations, word that the invitation comes) and "Avanmäl". */
export const confirmationCard = (ctx: CardContext, v: TrainingView): CardJson => seatCard(ctx, v, 'confirmation');

/**
 * A seat is yours — by signing up ('confirmation') or by moving up from the waitlist
 * ('promoted', notices.ts): the same facts and actions, in the words of how it came.
 */
export function seatCard(ctx: CardContext, v: TrainingView, how: 'confirmation' | 'promoted'): CardJson {
  return card(
    ctx,
    [
      heading(text(ctx, `bot.${how}.title`)),
      title(v.title),
      paragraph(text(ctx, `bot.${how}.text`, { title: v.title })),
      ...(v.invitation ? [paragraph(text(ctx, 'bot.invitation.coming'))] : []),
      facts(ctx, v),
      actions(...attendLinks(ctx, v), primaryAction(ctx, v)),
    ],
    trainingRefresh(v),
  );
}

/** The answer to "Avanmäl": cancelled (or left the waitlist), with "Anmäl mig igen" while sign-up is open. */
export function cancelledCard(ctx: CardContext, v: TrainingView, was: 'confirmed' | 'waitlisted'): CardJson {
  return card(
    ctx,
    [
      title(text(ctx, 'bot.cancelled.title')),
      paragraph(text(ctx, was === 'waitlisted' ? 'bot.cancelled.waitlistText' : 'bot.cancelled.text', { title: v.title })),
      facts(ctx, v),
      actions(primaryAction(ctx, v), listAction(ctx)),
    ],
    trainingRefresh(v),
  );
}

