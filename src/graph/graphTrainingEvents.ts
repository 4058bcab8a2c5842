import type { TokenCredential } from '@azure/identity';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { InvitationAttendee, InvitationDetails, InvitationEvent } from '../domain/trainingInvitation';
import { Result, fail, ok } from '../domain/problem';
import type { TrainingEvents } from './trainingEvents';
import { graphClient, withDeadline } from './graphClient';
import { classify } from './graphFailure';
import { GraphError, RetryHandlerOptions } from '@microsoft/microsoft-graph-client';

/**
 * The training events in the trainings mailbox through Microsoft Graph, as the app itself
 * (application permission Calendars.ReadWrite, limited to that mailbox by an application access
 * policy): `POST /users/{mailbox}/events` with the Teams meeting (`isOnlineMeeting`,
 * `teamsForBusiness`) and the attendees hidden from each other, `PATCH …/events/{id}`,
 * `POST …/events/{id}/cancel`. A create carries a `transactionId` made from the training's id,
 * so Graph answers a retried create with the event it already made. No retries here: the outbox
 * retries, when Graph said (Retry-After) or with its backoff.
 */
const created = z.object({ id: z.string().min(1), onlineMeeting: z.object({ joinUrl: z.string().url().nullish() }).nullish() });

/** Plain text as the event's HTML body: escaped, paragraphs and lines kept. */
export function bodyHtml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return escaped
    .split(/\n{2,}/)
    .map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`)
    .join('');
}

const instant = (iso: string) => ({ dateTime: iso.replace(/Z$/, ''), timeZone: 'UTC' });
const attendeesOf = (list: readonly InvitationAttendee[]) => list.map((a) => ({ type: 'required', emailAddress: { address: a.email, name: a.name } }));

function detailsBody(details: Partial<InvitationDetails>): Record<string, unknown> {
  return {
    ...(details.subject !== undefined ? { subject: details.subject } : {}),
    ...(details.body !== undefined ? { body: { contentType: 'HTML', content: bodyHtml(details.body) } } : {}),
    ...(details.start !== undefined ? { start: instant(details.start) } : {}),
    ...(details.end !== undefined ? { end: instant(details.end) } : {}),
    ...(details.location !== undefined ? { location: { displayName: details.location ?? '' } } : {}),
  };
}

/** The transaction id of a create: stable per training (and generation), within Graph's limits. */
export const transactionIdOf = (key: string) => `forvaltningsstod-${key}`;

export function createGraphTrainingEvents(opts: { credential: TokenCredential; endpoint: string; mailbox: string; timeoutMs: number; logger: Logger }): TrainingEvents {
  const { client } = graphClient(opts.credential, opts.endpoint);
  const base = `/users/${encodeURIComponent(opts.mailbox)}/events`;
  const noRetry = [new RetryHandlerOptions(0, 0)];

  async function call<T>(what: string, work: (signal: AbortSignal) => Promise<T>): Promise<Result<T>> {
    try {
      return ok(await withDeadline(opts.timeoutMs, work));
    } catch (error) {
      const status = error instanceof GraphError ? error.statusCode : undefined;
      const code = error instanceof GraphError ? (error.code ?? undefined) : undefined;
      opts.logger.warn({ call: `invitation.${what}`, status, code }, 'the trainings mailbox did not take the change');
      if (status === 404) return fail('not_found', code === 'ErrorItemNotFound' ? 'invitations.eventMissing' : 'invitations.mailboxMissing', { params: { mailbox: opts.mailbox } });
      if (status === 403 || status === 401) return fail('forbidden', 'invitations.permissionMissing', { params: { mailbox: opts.mailbox } });
      const failure = classify(error);
      const retryAfterMs = failure.kind === 'outage' ? failure.retryAfterMs : undefined;
      return fail('unavailable', 'invitations.unavailable', { params: { reason: failure.reason, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) } });
    }
  }

  return {
    mailbox: opts.mailbox,
    create: (key, event: InvitationEvent) =>
      call('create', async (signal) => {
        const body = {
          ...detailsBody(event),
          attendees: attendeesOf(event.attendees),
          isOnlineMeeting: true,
          onlineMeetingProvider: 'teamsForBusiness',
          hideAttendees: true,
          allowNewTimeProposals: false,
          transactionId: transactionIdOf(key),
        };
        const answer = created.parse(await client.api(base).middlewareOptions(noRetry).option('signal', signal).post(body));
        return { eventId: answer.id, joinUrl: answer.onlineMeeting?.joinUrl ?? null };
      }),
    update: (eventId, details, attendees) =>
      call('update', async (signal) => {
        const body = { ...detailsBody(details), ...(attendees ? { attendees: attendeesOf(attendees) } : {}) };
        await client.api(`${base}/${encodeURIComponent(eventId)}`).middlewareOptions(noRetry).option('signal', signal).patch(body);
      }),
    cancel: (eventId, message) =>
      call('cancel', async (signal) => {
        await client.api(`${base}/${encodeURIComponent(eventId)}/cancel`).middlewareOptions(noRetry).option('signal', signal).post({ comment: message });
      }),
  };
}
