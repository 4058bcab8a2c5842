import { Problem, ProblemKind } from '../../domain/problem';
import { t } from '../../i18n';
import { CardContext } from './cards/common';
import { errorCard } from './cards/error';
import { BotOutput, InvokeReply } from './turn';

/**
 * The one place a Problem becomes the bot's answer (as http/problemResponse.ts is for HTTP).
 * A card action that cannot be understood or names nothing that exists answers as Universal
 * Actions expect — an `application/vnd.microsoft.error` with the status, a code and the
 * localized message. What the person can act on (sign-up closed, not invited, a busy store)
 * reads better as an error card that replaces the clicked one. Never a 500.
 */
export const INVOKE_ERROR_STATUS: Record<ProblemKind, number | null> = {
  invalid: 400,
  unauthorized: 401,
  not_found: 404,
  too_large: 413,
  unsupported_media_type: 415,
  method_not_allowed: 405,
  forbidden: null,
  locked: null,
  conflict: null,
  unavailable: null,
  consent_required: null,
};

export const messageOf = (problem: Problem, ctx: Pick<CardContext, 'locale'>): string =>
  t(ctx.locale, problem.code, { field: problem.field ?? '', ...problem.params });

export const cardReply = (card: unknown): InvokeReply => ({
  status: 200,
  body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card },
});

/** The answer to a problem: for an invoke (Action.Execute) an error response or an error card; otherwise an error card message. */
export function problemReply(problem: Problem, ctx: CardContext, via: 'invoke' | 'message'): BotOutput {
  const message = messageOf(problem, ctx);
  const card = errorCard(ctx, { message, code: problem.code });
  if (via === 'message') return { send: [{ card, summary: message }] };
  const status = INVOKE_ERROR_STATUS[problem.kind];
  if (status === null) return { send: [], invokeReply: cardReply(card) };
  return {
    send: [],
    invokeReply: { status, body: { statusCode: status, type: 'application/vnd.microsoft.error', value: { code: problem.kind, message } } },
  };
}
