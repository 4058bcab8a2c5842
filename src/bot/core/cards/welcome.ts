import { BOT_COMMANDS, CommandScope } from '../textCommands';
import { CardJson } from '../turn';
import { CardContext, actions, card, heading, listAction, myAction, paragraph, subtle, text, title } from './common';

const commandLines = (ctx: CardContext, scope: CommandScope = 'personal') =>
  BOT_COMMANDS.filter((c) => (c.scopes as readonly CommandScope[]).includes(scope)).map((c) =>
    paragraph(text(ctx, 'bot.help.line', { command: ctx.locale === 'sv' ? c.sv : c.en, description: text(ctx, c.description) })),
  );

/** "Välkommen, Anna!" by the first name; "Välkommen!" when Teams did not say who it is. */
export function welcomeTitle(ctx: CardContext, person: { name: string }): string {
  const first = person.name.trim().split(/\s+/)[0];
  return first ? text(ctx, 'bot.welcome.title', { name: first }) : text(ctx, 'bot.welcome.titleNoName');
}

/** Sent once when the app is installed in the personal scope. */
export function welcomeCard(ctx: CardContext, person: { name: string }): CardJson {
  return card(ctx, [
    heading(welcomeTitle(ctx, person)),
    paragraph(text(ctx, 'bot.welcome.text')),
    ...commandLines(ctx),
    actions(listAction(ctx), myAction(ctx)),
  ]);
}

/** The commands of the chat (personal) or a channel (team); with `unknown`, first a line saying the message was not understood. */
export function helpCard(ctx: CardContext, opts: { unknown?: boolean; scope?: CommandScope } = {}): CardJson {
  const scope = opts.scope ?? 'personal';
  return card(ctx, [
    title(text(ctx, 'bot.help.title')),
    ...(opts.unknown ? [subtle(text(ctx, 'bot.help.unknown'))] : []),
    ...commandLines(ctx, scope),
    ...(scope === 'personal' ? [actions(listAction(ctx), myAction(ctx))] : []),
  ]);
}
