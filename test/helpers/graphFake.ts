import { createServer } from 'node:https';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestCa } from './testCa';

/**
 * A stand-in for Microsoft Graph in tests: HTTPS on 127.0.0.1 with the test CA's certificate,
 * answering the few v1.0 requests the app makes with the shapes of Graph's documented
 * responses, and recording every request. Bearer tokens must be ones the fake Entra issued for
 * Graph (on-behalf-of: delegated, with `scp`; client credentials: app-only), and each request
 * needs its permission, as Graph does.
 *
 *   GET /v1.0/me/people?$search="…"       People.Read (delegated): the signed-in user's relevant people
 *   GET /v1.0/users?$search="displayName:…" OR "mail:…"   User.ReadBasic.All; needs ConsistencyLevel: eventual
 *   GET /v1.0/users/{id}?$select=…          a user's mail and UPN: app-only with User.Read.All (404 for none)
 *   GET /v1.0/teams/{group id}/members      app-only with TeamMember.Read.Group, granted by resource-specific
 *                                          consent: only for a team the app is installed in; paged ($top, @odata.nextLink)
 *   POST /v1.0/users/{mailbox}/events, PATCH …/events/{id}, POST …/events/{id}/cancel
 *                                          app-only with Calendars.ReadWrite, for a mailbox that exists and that the
 *                                          application access policy lets the app write; a create's transactionId is
 *                                          honoured; what Exchange would mail (invitations, updates, cancellations)
 *                                          is recorded per mailbox in `mails`
 *
 * `fault()` answers the next matching requests with a status, headers (Retry-After) and/or a delay.
 */
export interface DirectoryUser {
  id: string;
  displayName: string;
  mail: string;
  userPrincipalName: string;
  jobTitle?: string | null;
  department?: string | null;
}

/** A member of a team as Graph's aadUserConversationMember has it: `roles` ['owner'], ['guest'] or []. */
export interface TeamMemberFake {
  userId: string;
  displayName: string;
  email?: string;
  roles: string[];
}

export interface TeamFake {
  members: TeamMemberFake[];
  /** Whether the app is installed in the team (its resource-specific consent granted). */
  appInstalled: boolean;
}

/** An event as the fake mailbox keeps it. */
export interface EventFake {
  id: string;
  transactionId: string | null;
  subject: string;
  body: string;
  start: string;
  end: string;
  location: string;
  attendees: { address: string; name: string }[];
  joinUrl: string;
  hideAttendees: boolean;
  isOnlineMeeting: boolean;
  cancelled: boolean;
}

/** What Exchange would have mailed: an invitation to an added attendee, an update to the others, a cancellation to all. */
export interface MailFake {
  kind: 'invitation' | 'update' | 'cancellation';
  to: string;
  eventId: string;
}

export interface MailboxFake {
  events: Map<string, EventFake>;
  mails: MailFake[];
  /** The application access policy lets the app write this mailbox. */
  allowed: boolean;
}

export interface GraphRequestRecord {
  method: string;
  /** Path without the query, e.g. /v1.0/users. */
  path: string;
  query: Record<string, string>;
  consistencyLevel: string | undefined;
  /** The token's oid (delegated) or 'app' (app-only); null when the token did not verify. */
  caller: string | null;
  status: number;
}

export interface GraphFault {
  /** Requests whose path starts with this (e.g. '/v1.0/users'); every request when omitted. */
  path?: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  delayMs?: number;
  times?: number;
  /**
   * The request is carried out as usual and only its answer comes `delayMs` late (`status` is
   * ignored): a caller that gave up waiting does not know that Graph did what it asked.
   */
  passThrough?: boolean;
}

export interface FakeGraph {
  /** The endpoint (GRAPH_ENDPOINT), e.g. https://127.0.0.1:1234. */
  readonly url: string;
  users: DirectoryUser[];
  /** Teams by their Microsoft 365 group id. */
  teams: Map<string, TeamFake>;
  /** The most members one page of a roster holds (Graph may answer fewer than $top, with a nextLink). */
  pageSize: number;
  /** Mailboxes by address (lower case): their calendars. */
  mailboxes: Map<string, MailboxFake>;
  readonly received: GraphRequestRecord[];
  fault(fault: GraphFault): void;
  close(): Promise<void>;
}

/** Graph's error shape. */
const graphError = (code: string, message: string) => ({
  error: { code, message, innerError: { date: new Date().toISOString(), 'request-id': '00000000-0000-0000-0000-000000000000', 'client-request-id': '00000000-0000-0000-0000-000000000000' } },
});

/** The request's JSON body, or undefined when it has none. */
async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

/** The terms of a $search value: `"displayName:ann" OR "mail:ann"` → ['ann'], `"ann"` → ['ann']. */
function searchTerms(search: string | undefined): string[] {
  if (!search) return [];
  return [...search.matchAll(/"(?:[a-zA-Z]+:)?([^"]*)"/g)].map((m) => m[1]!.toLowerCase().trim()).filter(Boolean);
}

/** Whether a word of the text starts with the term (Graph's tokenized prefix match, roughly). */
const matches = (text: string | null | undefined, term: string) =>
  (text ?? '').toLowerCase().split(/[\s.@_-]+/).some((word) => word.startsWith(term)) || (text ?? '').toLowerCase().startsWith(term);

export async function startFakeGraph(opts: {
  tls: TestCa;
  /** Checks a bearer token (the fake Entra's `verifyIssued`): its claims, or null. */
  verify: (token: string) => Promise<Record<string, unknown> | null>;
  users?: DirectoryUser[];
}): Promise<FakeGraph> {
  const received: GraphRequestRecord[] = [];
  const faults: GraphFault[] = [];
  const users = opts.users ?? [];
  const teams = new Map<string, TeamFake>();
  const mailboxes = new Map<string, MailboxFake>();
  let nextEvent = 1;
  let base = '';
  let closeServer: () => Promise<void> = async () => undefined;
  const fake: FakeGraph = {
    get url() {
      return base;
    },
    users,
    teams,
    pageSize: 999,
    mailboxes,
    received,
    fault: (fault) => void faults.push(fault),
    close: () => closeServer(),
  };

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    // An answer without content (202 Accepted) has no content type, as Graph's.
    const type = body === '' ? {} : { 'content-type': 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8' };
    res.writeHead(status, { ...type, 'request-id': '00000000-0000-0000-0000-000000000000', ...headers });
    res.end(body === '' ? undefined : JSON.stringify(body));
  };

  async function answer(req: IncomingMessage, record: GraphRequestRecord, url: URL, sent: unknown): Promise<{ status: number; body: unknown; headers?: Record<string, string>; delayMs?: number }> {
    const token = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const claims = token ? await opts.verify(token) : null;
    record.caller = claims ? (typeof claims.oid === 'string' ? claims.oid : 'app') : null;
    const fault = faults.find((f) => !f.path || record.path.startsWith(f.path));
    if (fault) {
      if ((fault.times ?? 1) <= 1) faults.splice(faults.indexOf(fault), 1);
      else fault.times = (fault.times ?? 1) - 1;
      if (fault.passThrough) {
        const done = await answerAs(req, record, url, sent, claims);
        return { ...done, delayMs: fault.delayMs ?? 0 };
      }
      return { status: fault.status, body: fault.body ?? graphError(fault.status === 429 ? 'TooManyRequests' : 'serviceNotAvailable', 'Injected by the test.'), headers: fault.headers ?? {}, ...(fault.delayMs ? { delayMs: fault.delayMs } : {}) };
    }
    return answerAs(req, record, url, sent, claims);
  }

  async function answerAs(
    req: IncomingMessage,
    record: GraphRequestRecord,
    url: URL,
    sent: unknown,
    claims: Record<string, unknown> | null,
  ): Promise<{ status: number; body: unknown; headers?: Record<string, string>; delayMs?: number }> {
    if (!claims) return { status: 401, body: graphError('InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.') };
    const scopes = typeof claims.scp === 'string' ? claims.scp.split(' ') : [];
    const roles = Array.isArray(claims.roles) ? (claims.roles as string[]) : [];
    const delegated = record.caller !== 'app';
    const top = Math.min(Number(url.searchParams.get('$top') ?? 10) || 10, 999);
    const terms = searchTerms(url.searchParams.get('$search') ?? undefined);
    const found = users.filter((u) => terms.length === 0 || terms.some((t) => matches(u.displayName, t) || matches(u.mail, t)));

    if (req.method === 'GET' && record.path === '/v1.0/me/people') {
      if (!delegated) return { status: 400, body: graphError('BadRequest', '/me request is only valid with delegated authentication flow.') };
      if (!scopes.includes('People.Read')) return { status: 403, body: graphError('ErrorAccessDenied', 'Access is denied. Check credentials and try again.') };
      return {
        status: 200,
        body: {
          '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users(\'me\')/people',
          value: found.filter((u) => u.id !== record.caller).slice(0, top).map((u, i) => ({
            id: u.id,
            displayName: u.displayName,
            givenName: u.displayName.split(' ')[0] ?? null,
            surname: u.displayName.split(' ').slice(1).join(' ') || null,
            jobTitle: u.jobTitle ?? null,
            department: u.department ?? null,
            userPrincipalName: u.userPrincipalName,
            scoredEmailAddresses: [{ address: u.mail, relevanceScore: 20 - i, selectionLikelihood: 'notSpecified' }],
            personType: { class: 'Person', subclass: 'OrganizationUser' },
          })),
        },
      };
    }
    if (req.method === 'GET' && record.path === '/v1.0/users') {
      if (!scopes.includes('User.ReadBasic.All') && !scopes.includes('User.Read.All') && !roles.includes('User.Read.All')) {
        return { status: 403, body: graphError('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.') };
      }
      if (url.searchParams.has('$search') && record.consistencyLevel !== 'eventual') {
        return { status: 400, body: graphError('Request_UnsupportedQuery', "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'") };
      }
      return {
        status: 200,
        body: {
          '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users(id,displayName,mail,jobTitle,department)',
          value: found.slice(0, top).map((u) => ({
            id: u.id,
            displayName: u.displayName,
            mail: u.mail,
            // With only User.ReadBasic.All, Graph leaves out what the basic profile does not hold.
            ...(scopes.includes('User.Read.All') || roles.includes('User.Read.All') ? { jobTitle: u.jobTitle ?? null, department: u.department ?? null } : {}),
          })),
        },
      };
    }
    const oneUser = /^\/v1\.0\/users\/([^/]+)$/.exec(record.path);
    if (req.method === 'GET' && oneUser) {
      // A user by id (or UPN): app-only needs User.Read.All; $select picks the properties.
      if (!scopes.includes('User.Read.All') && !roles.includes('User.Read.All') && !scopes.includes('User.ReadBasic.All')) {
        return { status: 403, body: graphError('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.') };
      }
      const key = decodeURIComponent(oneUser[1]!).toLowerCase();
      const u = fake.users.find((x) => x.id.toLowerCase() === key || x.userPrincipalName.toLowerCase() === key);
      if (!u) return { status: 404, body: graphError('Request_ResourceNotFound', `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`) };
      const all: Record<string, unknown> = { id: u.id, displayName: u.displayName, mail: u.mail || null, userPrincipalName: u.userPrincipalName, jobTitle: u.jobTitle ?? null, department: u.department ?? null };
      const select = (url.searchParams.get('$select') ?? '').split(',').map((p) => p.trim()).filter(Boolean);
      const body = select.length ? Object.fromEntries(select.filter((p) => p in all).map((p) => [p, all[p]])) : all;
      return { status: 200, body: { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/$entity', ...body } };
    }
    const teamMembers = /^\/v1\.0\/teams\/([^/]+)\/members$/.exec(record.path);
    if (req.method === 'GET' && teamMembers) {
      const groupId = decodeURIComponent(teamMembers[1]!);
      const team = teams.get(groupId);
      if (!team) return { status: 404, body: graphError('NotFound', `No team found with Group Id ${groupId}`) };
      // Resource-specific consent: the app's own token, for a team that installed the app.
      if (delegated || !roles.includes('TeamMember.Read.Group') || !team.appInstalled) {
        return { status: 403, body: graphError('Forbidden', 'Missing role permissions on the request. API requires one of \'TeamMember.Read.Group, TeamMember.Read.All\'.') };
      }
      const pageSize = Math.min(Number(url.searchParams.get('$top') ?? 100) || 100, 999, fake.pageSize);
      const skip = Number(url.searchParams.get('$skiptoken') ?? 0) || 0;
      const page = team.members.slice(skip, skip + pageSize);
      const next = skip + pageSize < team.members.length ? `${base}/v1.0/teams/${encodeURIComponent(groupId)}/members?$top=${pageSize}&$skiptoken=${skip + pageSize}` : undefined;
      return {
        status: 200,
        body: {
          '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#teams('${groupId}')/members`,
          '@odata.count': team.members.length,
          ...(next ? { '@odata.nextLink': next } : {}),
          value: page.map((m) => ({
            '@odata.type': '#microsoft.graph.aadUserConversationMember',
            id: Buffer.from(`0#${groupId}#${m.userId}`).toString('base64'),
            roles: m.roles,
            displayName: m.displayName,
            visibleHistoryStartDateTime: '0001-01-01T00:00:00Z',
            userId: m.userId,
            email: m.email ?? null,
            tenantId: '00000000-0000-0000-0000-000000000000',
          })),
        },
      };
    }
    const calendar = /^\/v1\.0\/users\/([^/]+)\/events(?:\/([^/]+)(\/cancel)?)?$/.exec(record.path);
    if (calendar) return calendarAnswer(req.method ?? 'GET', decodeURIComponent(calendar[1]!).toLowerCase(), calendar[2] ? decodeURIComponent(calendar[2]) : null, !!calendar[3], delegated, roles, sent);
    return { status: 404, body: graphError('Request_ResourceNotFound', `Resource '${record.path}' does not exist.`) };
  }

  const eventJson = (e: EventFake) => ({
    id: e.id,
    transactionId: e.transactionId,
    subject: e.subject,
    body: { contentType: 'html', content: e.body },
    start: { dateTime: e.start, timeZone: 'UTC' },
    end: { dateTime: e.end, timeZone: 'UTC' },
    location: { displayName: e.location },
    attendees: e.attendees.map((a) => ({ type: 'required', status: { response: 'none', time: '0001-01-01T00:00:00Z' }, emailAddress: a })),
    isOnlineMeeting: e.isOnlineMeeting,
    onlineMeetingProvider: 'teamsForBusiness',
    onlineMeeting: { joinUrl: e.joinUrl },
    hideAttendees: e.hideAttendees,
    isCancelled: e.cancelled,
  });

  const attendeesOf = (list: unknown): { address: string; name: string }[] =>
    (Array.isArray(list) ? list : []).map((a: { emailAddress?: { address?: string; name?: string } }) => ({
      address: String(a.emailAddress?.address ?? '').toLowerCase(),
      name: String(a.emailAddress?.name ?? ''),
    }));

  function calendarAnswer(method: string, mailboxName: string, eventId: string | null, cancel: boolean, delegated: boolean, roles: string[], sent: unknown) {
    if (delegated || !roles.includes('Calendars.ReadWrite')) return { status: 403, body: graphError('ErrorAccessDenied', 'Access is denied. Check credentials and try again.') };
    const mailbox = mailboxes.get(mailboxName);
    if (!mailbox) return { status: 404, body: graphError('ErrorInvalidUser', `The requested user '${mailboxName}' is invalid.`) };
    if (!mailbox.allowed) return { status: 403, body: graphError('ErrorAccessDenied', 'Access to OData is disabled: blocked by the tenant\'s application access policy.') };
    const input = (sent ?? {}) as Record<string, any>;
    if (method === 'POST' && !eventId) {
      const existing = input.transactionId ? [...mailbox.events.values()].find((e) => e.transactionId === input.transactionId) : undefined;
      if (existing) return { status: 201, body: eventJson(existing) };
      const event: EventFake = {
        id: `AAMkAD-event-${nextEvent++}`,
        transactionId: input.transactionId ?? null,
        subject: String(input.subject ?? ''),
        body: String(input.body?.content ?? ''),
        start: String(input.start?.dateTime ?? ''),
        end: String(input.end?.dateTime ?? ''),
        location: String(input.location?.displayName ?? ''),
        attendees: attendeesOf(input.attendees),
        joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_fake${nextEvent}%40thread.v2/0`,
        hideAttendees: input.hideAttendees === true,
        isOnlineMeeting: input.isOnlineMeeting === true && input.onlineMeetingProvider === 'teamsForBusiness',
        cancelled: false,
      };
      mailbox.events.set(event.id, event);
      for (const a of event.attendees) mailbox.mails.push({ kind: 'invitation', to: a.address, eventId: event.id });
      return { status: 201, body: eventJson(event) };
    }
    const event = eventId ? mailbox.events.get(eventId) : undefined;
    if (!event) return { status: 404, body: graphError('ErrorItemNotFound', 'The specified object was not found in the store.') };
    if (method === 'POST' && cancel) {
      if (!event.cancelled) for (const a of event.attendees) mailbox.mails.push({ kind: 'cancellation', to: a.address, eventId: event.id });
      event.cancelled = true;
      return { status: 202, body: '' };
    }
    if (method === 'PATCH') {
      const before = new Set(event.attendees.map((a) => a.address));
      if (input.subject !== undefined) event.subject = String(input.subject);
      if (input.body !== undefined) event.body = String(input.body?.content ?? '');
      if (input.start !== undefined) event.start = String(input.start?.dateTime ?? '');
      if (input.end !== undefined) event.end = String(input.end?.dateTime ?? '');
      if (input.location !== undefined) event.location = String(input.location?.displayName ?? '');
      const detailsChanged = ['subject', 'body', 'start', 'end', 'location'].some((k) => input[k] !== undefined);
      if (input.attendees !== undefined) event.attendees = attendeesOf(input.attendees);
      for (const a of event.attendees) {
        if (!before.has(a.address)) mailbox.mails.push({ kind: 'invitation', to: a.address, eventId: event.id });
        else if (detailsChanged) mailbox.mails.push({ kind: 'update', to: a.address, eventId: event.id });
      }
      return { status: 200, body: eventJson(event) };
    }
    return { status: 405, body: graphError('Request_BadRequest', 'Unsupported method.') };
  }

  const server = createServer({ cert: opts.tls.cert, key: opts.tls.key }, (req, res) => {
    const url = new URL(req.url ?? '/', 'https://fake');
    const header = req.headers.consistencylevel;
    const record: GraphRequestRecord = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      consistencyLevel: Array.isArray(header) ? header[0] : header,
      caller: null,
      status: 0,
    };
    received.push(record);
    readBody(req)
      .then((sent) => answer(req, record, url, sent))
      .then(
      async (a) => {
        record.status = a.status;
        if (a.delayMs) await new Promise((r) => setTimeout(r, a.delayMs).unref());
        if (!res.destroyed) send(res, a.status, a.body, a.headers);
      },
      () => send(res, 500, graphError('generalException', 'The fake failed.')),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  base = `https://127.0.0.1:${port}`;
  closeServer = () =>
    new Promise<void>((resolve, reject) => {
      (server as unknown as Server).closeAllConnections();
      server.close((err) => (err ? reject(err) : resolve()));
    });
  return fake;
}
