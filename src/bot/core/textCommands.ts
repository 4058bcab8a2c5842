import { MessageKey } from '../../i18n';
import '../../i18n/serverTexts';

/**
 * The text commands, Swedish and English, and where they work: `personal` (the chat with the
 * bot) and `team` (an @mention in a channel). This list is the one source for the bot's command
 * lists in the app manifest (issue 6): title = the Swedish command, the English one is an alias,
 * the description is an i18n key, `scopes` the manifest's command list scopes.
 */
export const BOT_COMMANDS = [
  { command: 'trainings', sv: 'utbildningar', en: 'trainings', aliases: ['utbildning', 'kurser', 'training'], description: 'bot.command.trainings', scopes: ['personal'] },
  { command: 'my', sv: 'mina', en: 'my', aliases: ['mina anmälningar', 'my registrations', 'my trainings', 'mina utbildningar'], description: 'bot.command.my', scopes: ['personal'] },
  { command: 'restlista', sv: 'restlista', en: 'open items', aliases: ['restlistan', 'öppna punkter', 'remaining items'], description: 'bot.command.restlista', scopes: ['personal', 'team'] },
  { command: 'followUpHere', sv: 'följ upp här', en: 'follow up here', aliases: ['följ upp i den här kanalen', 'follow up in this channel'], description: 'bot.command.followUpHere', scopes: ['team'] },
  { command: 'help', sv: 'hjälp', en: 'help', aliases: ['?', 'start', 'hej', 'hi', 'hello'], description: 'bot.command.help', scopes: ['personal', 'team'] },
] as const satisfies readonly { command: string; sv: string; en: string; aliases: readonly string[]; description: MessageKey; scopes: readonly ('personal' | 'team')[] }[];

export type CommandScope = 'personal' | 'team';

export type BotCommand = (typeof BOT_COMMANDS)[number]['command'];

/** Longer than any command: such text is not looked at further (and never logged). */
export const MAX_COMMAND_LENGTH = 200;

/** Lower case, no diacritics (hjälp → hjalp), single spaces. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

const LOOKUP = new Map<string, BotCommand>(
  BOT_COMMANDS.flatMap((c) => [c.sv, c.en, c.command, ...c.aliases].map((word) => [normalise(word), c.command] as const)),
);

/**
 * The command in a chat message, or null: strips the @mention Teams puts in front
 * (`<at>Förvaltningsstöd</at> utbildningar`), other markup, a leading slash and trailing
 * punctuation; case and diacritics do not matter.
 */
export function parseCommand(text: string): BotCommand | null {
  if (text.length > MAX_COMMAND_LENGTH * 5) return null;
  const plain = text
    .replace(/<at>[\s\S]*?<\/at>/gi, ' ')
    .replace(/<[^>]{0,200}>/g, ' ')
    .replace(/&nbsp;/gi, ' ');
  const words = normalise(plain).replace(/^\//, '');
  if (!words || words.length > MAX_COMMAND_LENGTH) return null;
  return LOOKUP.get(words) ?? LOOKUP.get(words.replace(/[.!?]+$/, '').trim()) ?? null;
}
