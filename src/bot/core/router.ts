import { Result } from '../../domain/problem';
import { BotCommand } from './textCommands';
import { CardAction, VERBS, Verb } from './actionData';
import { helpCard } from './cards/welcome';
import { cardReply, problemReply } from './problemReply';
import { ActionResult, Session, isPersonalChat } from './session';
import { BotOutput, BotTurn, CardJson } from './turn';
import { VERB_HANDLERS } from './verbTable';
import { listView, myView, renderView } from '../trainings/trainingViews';
import { followUpHereCommand, restlistaCommand } from '../followUp/followUpCommands';

/**
 * Routing: a text command to its handler, a card verb to its handler (the table in verbs/),
 * and the result to what the bot answers — for Action.Execute the invoke response with the new
 * card; for the Action.Submit fallback the clicked message replaced.
 */
export const COMMAND_HANDLERS: Record<BotCommand, (s: Session, turn: BotTurn) => Promise<Result<CardJson>>> = {
  trainings: listView,
  my: myView,
  restlista: restlistaCommand,
  followUpHere: followUpHereCommand,
  help: async (s) => ({ ok: true, value: helpCard(s.cards, { scope: isPersonalChat(s.origin) ? 'personal' : 'team' }) }),
};

export const isVerb = (verb: string): verb is Verb => (VERBS as readonly string[]).includes(verb);

/** Whether the verb changes something (and so must run once per activity id). */
export const changes = (action: CardAction): boolean => VERB_HANDLERS[action.verb].changes;

export function runVerb(s: Session, action: CardAction): Promise<ActionResult> {
  // The table is keyed by verb; the data was validated for that verb (actionData.ts).
  const handler = VERB_HANDLERS[action.verb] as { run(s: Session, data: unknown): Promise<ActionResult> };
  return handler.run(s, action.data);
}

/** A resent turn of a verb that changes something: the current state of what it was about, nothing applied again. */
export async function replayVerb(s: Session, action: CardAction): Promise<ActionResult> {
  const handler = VERB_HANDLERS[action.verb] as { replay?(s: Session, data: unknown): Promise<ActionResult> };
  if (handler.replay) return handler.replay(s, action.data);
  const data = action.data as { trainingId?: string };
  const rendered = data.trainingId
    ? await renderView(s, 'training', data.trainingId)
    : await renderView(s, action.verb === 'myRegistrations' ? 'my' : 'list');
  return rendered.ok ? { ok: true, value: { card: rendered.value } } : rendered;
}

/** The bot's answer to a card action's result. `replyToId`: the message the action came from. */
export function actionOutput(s: Session, result: ActionResult, via: 'invoke' | 'message', replyToId: string | null): BotOutput {
  if (!result.ok) return problemReply(result.problem, s.cards, via);
  const { card, send = [], updateClicked } = result.value;
  if (via === 'invoke') {
    // A change made from a card in a channel or group chat: the message is replaced for everyone, not just the clicker.
    const update = updateClicked && replyToId && !isPersonalChat(s.origin) ? { update: { activityId: replyToId, message: { card } } } : {};
    return { ...update, send, invokeReply: cardReply(card) };
  }
  return replyToId ? { update: { activityId: replyToId, message: { card } }, send } : { send: [{ card }, ...send] };
}
