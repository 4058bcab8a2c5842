import { Store } from '../store/store';
import { Action, Identity, can } from '../domain/roles';
import { Result, ok, fail } from '../domain/problem';
import { Locale, msg } from '../i18n';
import { TrainingDecision } from '../domain/trainingChange';
import { withInvitationSync } from '../domain/invitationRecord';
import { OutboxDraft, invitationSyncNotice } from '../domain/notification';

/** What a use case needs: the store, the clock and the time zone. The API and the bot share these. */
export interface CommandContext {
  store: Store;
  now: () => Date;
  timeZone: string;
  /**
   * Outlook invitations are on (TRAININGS_MAILBOX): every training change also queues the
   * invitation's sync; the events' texts are in `locale`.
   */
  invitations?: { locale: Locale } | null;
}

export function authorize(actor: Identity, action: Action): Result<Identity> {
  return can(actor, action) ? ok(actor) : fail('forbidden', 'auth.forbidden', { params: { role: msg(`role.${actor.role}`) } });
}

export const person = (actor: Identity) => ({ id: actor.id, name: actor.name });

/** The training decision as the store is to run it: with the invitation's sync queued in the same write while invitations are on. */
export const withInvitation = <T>(ctx: CommandContext, decision: TrainingDecision<T>): TrainingDecision<T> =>
  ctx.invitations ? withInvitationSync(decision, ctx.now()) : decision;

/** The notices a new training's publication queues with it: the invitation's first sync, while invitations are on. */
export const publicationNotices = (ctx: CommandContext) => (id: string): OutboxDraft[] =>
  ctx.invitations ? [invitationSyncNotice(id, 'v1', ctx.now())] : [];
