import fc from 'fast-check';
import { VERBS } from '../../src/bot/core/actionData';
import { BOT_COMMANDS } from '../../src/bot/core/textCommands';
import { ServedRoute } from '../../src/server';
import { TeamsTeam, TeamsUser, cardAction, channelMessage, installation, message, teamEvent, teamInstallation, teamsTeam, teamsUser } from '../helpers/teamsActivity';

/**
 * What the request fuzz test sends: random and mutated requests to every route the server
 * answers (taken from its own route list), and random and mutated Teams activities to the bot.
 * Valid-looking shapes are the seeds — each route's body where one is known, real ids from the
 * data — so that the mutations reach past the first check; everything else is random.
 */
export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

/** Ids the data really has, by the path parameter that names them. */
export type KnownIds = Record<string, string[]>;

const ODD = [
  '',
  '..',
  '../../etc/passwd',
  '%00',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '=HYPERLINK("http://x")',
  'null',
  '-1',
  '1e309',
  'NaN',
  '2026-02-30',
  '9999-12-31T23:59:59Z',
  'x'.repeat(300),
  'Åäö ✓ 𝄞',
  '\u0000\u202e',
];
export const fuzzText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 16 }) },
  { weight: 3, arbitrary: fc.constantFrom(...ODD) },
);

const anyJson = fc.jsonValue({ maxDepth: 3 });

/** A JSON object with one of its fields replaced, removed or added, or left as it is. */
function mutated(template: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(template);
  const withKey = (f: (key: string) => fc.Arbitrary<unknown>) => (keys.length ? fc.constantFrom(...keys).chain(f) : fc.constant(template));
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(template) },
    { weight: 4, arbitrary: withKey((key) => anyJson.map((value) => ({ ...template, [key]: value }))) },
    { weight: 2, arbitrary: withKey((key) => fc.constant(Object.fromEntries(Object.entries(template).filter(([k]) => k !== key)))) },
    { weight: 1, arbitrary: fc.tuple(fuzzText, anyJson).map(([key, value]) => ({ ...template, [key]: value })) },
    { weight: 1, arbitrary: anyJson },
  );
}

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/merge-patch+json',
  'text/plain',
  'text/plain; charset=utf-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----fuzz',
  'application/json; charset=iso-8859-1',
  'application/xml',
  '*/*',
  'application/',
];

/** The body as bytes in an encoding (UTF-8 mostly; Latin-1, UTF-16, or UTF-8 with a broken byte). */
const encodedBody = (text: string): fc.Arbitrary<Buffer> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant(Buffer.from(text, 'utf8')) },
    { weight: 1, arbitrary: fc.constant(Buffer.from(text, 'latin1')) },
    { weight: 1, arbitrary: fc.constant(Buffer.from(text, 'utf16le')) },
    {
      weight: 1,
      arbitrary: fc.nat({ max: Math.max(0, text.length) }).map((at) => {
        const bytes = Buffer.from(text, 'utf8');
        return Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff, 0xc3]), bytes.subarray(at)]);
      }),
    },
  );

const body = (template: Record<string, unknown> | undefined): fc.Arbitrary<{ body?: Buffer; contentType?: string }> =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant({}) },
    {
      weight: 6,
      arbitrary: fc
        .tuple(template ? mutated(template) : anyJson, fc.constantFrom(...CONTENT_TYPES), fc.boolean())
        .chain(([value, contentType, usual]) =>
          encodedBody(JSON.stringify(value) ?? 'null').map((bytes) => ({ body: bytes, contentType: usual ? 'application/json' : contentType })),
        ),
    },
    { weight: 1, arbitrary: fc.tuple(fc.uint8Array({ maxLength: 200 }), fc.constantFrom(...CONTENT_TYPES)).map(([bytes, contentType]) => ({ body: Buffer.from(bytes), contentType })) },
    { weight: 1, arbitrary: fuzzText.map((text) => ({ body: Buffer.from(text, 'utf8'), contentType: 'application/json' })) },
  );

const QUERY_KEYS = ['status', 'owner', 'category', 'q', 'overdue', 'sort', 'format', 'meeting', 'from', 'kind', 'all', 'u', 'sig', 'lang', 'devUser'];
const QUERY_VALUES = ['ny,pågår', 'klar', 'none', 'true', 'false', '-dueDate', 'priority', 'csv', 'xlsx', 'json', 'md', '2026-12-01', '2026-12-01T09:00:00+01:00', 'miniutbildning', 'sv', 'en'];
const query = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_KEYS), fuzzText), fc.oneof(fc.constantFrom(...QUERY_VALUES), fuzzText)), { maxLength: 4 })
  .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}` : ''));

/** A value for a path parameter: an id the data has, or anything (percent-encoded, or a broken escape). */
const paramValue = (known: string[]) =>
  fc.oneof(
    { weight: known.length ? 5 : 0, arbitrary: known.length ? fc.constantFrom(...known) : fc.constant('x') },
    { weight: 3, arbitrary: fuzzText.map(encodeURIComponent) },
    { weight: 1, arbitrary: fc.constantFrom('%E0%A4%A', '%ZZ', '%', '..%2F..%2Fpackage.json', 'a%2Fb') },
  ).map((v) => v || 'x');

function pathOf(pattern: string, ids: KnownIds): fc.Arbitrary<string> {
  const parts = pattern.split('/').map((part): fc.Arbitrary<string> => {
    if (part.startsWith(':')) return paramValue(ids[part.slice(1)] ?? []);
    if (part === '*') return fc.array(paramValue(ids['*'] ?? []), { minLength: 1, maxLength: 3 }).map((segments) => segments.join('/'));
    return fc.constant(part);
  });
  return fc.tuple(...parts).map((segments) => segments.join('/') || '/');
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

export function apiRequest(routes: ServedRoute[], ids: KnownIds, templates: Record<string, Record<string, unknown>>, appOrigin: string): fc.Arbitrary<FuzzRequest> {
  return fc.constantFrom(...routes).chain((route) =>
    fc
      .record({
        method: fc.oneof({ weight: 8, arbitrary: fc.constant(route.method) }, { weight: 2, arbitrary: fc.constantFrom(...METHODS) }),
        path: pathOf(route.path, ids),
        query,
        body: body(templates[`${route.method} ${route.path}`]),
        user: fc.constantFrom<string | undefined>(undefined, undefined, 'reader', 'member', 'owner', 'nobody'),
        ifMatch: fc.option(fc.oneof(fc.nat({ max: 6 }).map((n) => `"${n}"`), fc.constantFrom('*', 'W/"2"', '"abc"', '')), { nil: undefined }),
        lang: fc.option(fc.constantFrom('sv', 'en', 'de', 'en-US,sv;q=0.5', 'sv;q=abc', ''), { nil: undefined }),
        origin: fc.option(fc.constantFrom(appOrigin, 'https://teams.microsoft.com', 'https://evil.example', 'null'), { nil: undefined }),
      })
      .map(({ method, path, query: q, body: b, user, ifMatch, lang, origin }) => ({
        method,
        path: path + q,
        headers: {
          ...(user ? { 'x-dev-user': user } : {}),
          ...(ifMatch !== undefined ? { 'if-match': ifMatch } : {}),
          ...(lang !== undefined ? { 'accept-language': lang } : {}),
          ...(origin ? { origin } : {}),
          ...(b.contentType ? { 'content-type': b.contentType } : {}),
        },
        ...(b.body ? { body: b.body } : {}),
      })),
  );
}

/** Activities as Teams sends them, from a few people in a personal chat and in a team. */
export function teamsActivity(serviceUrl: string, ids: KnownIds): fc.Arbitrary<Record<string, unknown>> {
  const people: TeamsUser[] = [
    teamsUser('fz-1'),
    teamsUser('fz-2', { locale: 'en-US' }),
    teamsUser('fz-reader', { name: 'Karin Holm', aadObjectId: '11111111-1111-4111-8111-000000000005' }),
  ];
  const team: TeamsTeam = teamsTeam('fz', ['Uppföljning']);
  const trainingId = paramValue(ids.id ?? []).map(decodeURIComponentSafe);
  const verbData = fc.record(
    {
      trainingId,
      view: fc.constantFrom('list', 'my', 'training', 'channel', 'nudge', 'x'),
      meetingDate: fc.constantFrom('2026-12-01', '2027-01-05', 'x'),
      key: paramValue(ids.key ?? []).map(decodeURIComponentSafe),
      version: fc.constantFrom('1', '2', 'x'),
      form: fc.constantFrom('done', 'postpone', 'comment', 'x'),
      note: fuzzText,
      comment: fuzzText,
      dueDate: fc.constantFrom('2027-02-01', '2020-01-01', 'x'),
    },
    { requiredKeys: [] },
  );
  const commands = BOT_COMMANDS.flatMap((c) => [c.sv, c.en]);
  const base = fc.tuple(fc.constantFrom(...people), fc.nat({ max: 7 })).chain(([user, kind]) => {
    switch (kind) {
      case 0:
      case 1:
        return fc.oneof(fc.constantFrom(...commands), fuzzText).map((text) => message(user, serviceUrl, text));
      case 2:
      case 3:
        return fc.tuple(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...VERBS) }, { weight: 1, arbitrary: fuzzText }), verbData).map(([verb, data]) => cardAction(user, serviceUrl, verb, data));
      case 4:
        return fc.constantFrom<'add' | 'remove'>('add', 'remove').map((action) => installation(user, serviceUrl, action));
      case 5:
        return fc.constantFrom<'add' | 'remove'>('add', 'remove').map((action) => teamInstallation(user, serviceUrl, team, action));
      case 6:
        return fc.constantFrom('channelCreated', 'channelRenamed', 'teamRenamed', 'channelDeleted').map((event) => teamEvent(user, serviceUrl, team, event, team.channels[0]!.id));
      default:
        return fc.oneof(fc.constantFrom(...commands), fuzzText).map((text) => channelMessage(user, serviceUrl, team, team.channels[0]!.id, text));
    }
  });
  return fc.tuple(base, fc.array(mutation, { maxLength: 3 })).map(([activity, mutations]) => {
    const copy = structuredClone(activity) as Record<string, unknown>;
    for (const m of mutations) m(copy);
    return copy;
  });
}

const ACTIVITY_PATHS = [
  'serviceUrl', 'conversation', 'conversation.id', 'conversation.conversationType', 'conversation.tenantId', 'from', 'from.id', 'from.aadObjectId',
  'from.name', 'recipient', 'recipient.id', 'channelData', 'channelData.tenant', 'channelData.team', 'channelData.channel', 'channelData.eventType',
  'entities', 'attachments', 'id', 'type', 'text', 'locale', 'replyToId', 'value', 'value.action', 'value.action.verb', 'value.action.data',
  'timestamp', 'membersAdded', 'membersRemoved', 'name', 'action', 'channelId',
];

/** Replaces one field (at any depth named above) with any JSON value, or removes it. */
const mutation: fc.Arbitrary<(activity: Record<string, unknown>) => void> = fc
  .tuple(fc.constantFrom(...ACTIVITY_PATHS), fc.option(anyJson, { nil: undefined }))
  .map(([path, value]) => (activity) => {
    const keys = path.split('.');
    let target: unknown = activity;
    for (const key of keys.slice(0, -1)) {
      if (!target || typeof target !== 'object') return;
      target = (target as Record<string, unknown>)[key];
    }
    if (!target || typeof target !== 'object') return;
    if (value === undefined) delete (target as Record<string, unknown>)[keys.at(-1)!];
    else (target as Record<string, unknown>)[keys.at(-1)!] = value;
  });

function decodeURIComponentSafe(v: string): string {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}
