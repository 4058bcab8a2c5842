import type { z } from 'zod';
import type * as S from './schemas';
import type { Activity, ActivityDetails, Comment } from '../domain/activity';
import type { AuditHead, AuditPage, AuditVerification } from '../domain/audit';
import type { Categories } from '../domain/categories';
import type { ChecklistItem, ChecklistView } from '../domain/checklist';
import type { FollowUpSettingsView } from '../domain/followUp';
import type { UpcomingMeeting } from '../domain/followUpSchedule';
import type { Meeting, MeetingSummary, MeetingToHold, RecordedDecision } from '../domain/meeting';
import type { PeopleAnswer } from '../domain/directory';
import type { Access, AccessOverview } from '../domain/access';
import type { Rights } from '../domain/rights';
import type { CancelResult, Registration, SignUpResult } from '../domain/registration';
import type { Restlista } from '../domain/restlista';
import type { Action, Identity } from '../domain/roles';
import type { CostView } from '../domain/costModel';
import type { TrainingUpdated } from '../domain/trainingChange';
import type { TrainingStats } from '../domain/trainingStats';
import type { PlacedRegistration, TrainingView } from '../domain/trainingView';
import type { DocumentView } from '../domain/documentView';
import type { IsoDate } from '../domain/calendar';

/**
 * The REST API in one place: for every endpoint its method and path, what it takes (path
 * parameters, query, body, If-Match) and what it answers. The routes implement it (api/route.ts
 * `serve` checks each handler's answer against it) and the tab's client calls it (tab/api.ts),
 * so no path is built by hand and no response type is restated. Browser code imports this
 * module: it holds paths and types only — the zod schemas stay on the server, and the input
 * types are inferred from them with `import type`.
 */
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Endpoint<Path extends string = string, Query = unknown, Body = unknown, Response = unknown> {
  readonly method: Method;
  /** The path as the router matches it: `/api/activities/:key`. */
  readonly path: Path;
  /** The write names the version it started from (412 when stale). */
  readonly ifMatch: boolean;
  /** Answers a file (CSV, xlsx, text), not JSON. */
  readonly file: boolean;
  /** Types only (never set): what the query, the body and the answer are. */
  readonly types?: { query: Query; body: Body; response: Response };
}

/** `/api/activities/:key/comments` → `{ key: string }`. */
export type ParamsOf<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? { [K in Name]: string } & ParamsOf<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? { [K in Name]: string }
    : Record<never, never>;

export type QueryOf<E> = E extends Endpoint<string, infer Q> ? Q : never;
export type BodyOf<E> = E extends Endpoint<string, unknown, infer B> ? B : never;
export type ResponseOf<E> = E extends Endpoint<string, unknown, unknown, infer R> ? R : never;

/** What a query string says, before the server parses it: text values, each optional. */
type QueryText<T> = { [K in keyof T]?: string };
type Input<S extends z.ZodType> = z.input<S>;

const define =
  <Query = Record<never, never>, Body = undefined, Response = undefined>() =>
  <Path extends string>(method: Method, path: Path, opts: { ifMatch?: boolean; file?: boolean } = {}): Endpoint<Path, Query, Body, Response> => ({
    method,
    path,
    ifMatch: opts.ifMatch ?? false,
    file: opts.file ?? false,
  });

/** GET /api/me: who the caller is, what they may do, and the app's time zone for dates. */
export interface Me extends Identity {
  locale: 'sv' | 'en';
  authMode: 'dev' | 'entra';
  permissions: Record<Action, boolean>;
  /** The zone "today", due dates and times are reckoned in (TIME_ZONE). */
  timeZone: string;
  /** Where the role and each right came from (domain/access.ts). */
  access: Access;
  /**
   * Trainings get Outlook invitations from the trainings mailbox (TRAININGS_MAILBOX): the Teams
   * link comes from the event (the form has no link field), and there is no .ics file.
   */
  outlookInvitations: boolean;
}

export interface ListOf<T> {
  items: T[];
  count: number;
}

/** The register's documents with the day "due" was reckoned on and the meeting it looks ahead to. */
export type DocumentList = ListOf<DocumentView> & { today: IsoDate; nextMeeting: IsoDate };

export const API = {
  me: define<Record<never, never>, undefined, Me>()('GET', '/api/me'),
  people: define<{ q?: string }, undefined, PeopleAnswer>()('GET', '/api/people'),
  access: {
    overview: define<Record<never, never>, undefined, AccessOverview>()('GET', '/api/access'),
    grant: define<Record<never, never>, Input<typeof S.rightGrantInput>, Rights>()('POST', '/api/rights', { ifMatch: true }),
    withdraw: define<Record<never, never>, undefined, Rights>()('DELETE', '/api/rights/:right/:personId', { ifMatch: true }),
  },
  activities: {
    list: define<QueryText<Input<typeof S.activityQueryInput>>, undefined, ListOf<Activity>>()('GET', '/api/activities'),
    export: define<QueryText<Input<typeof S.exportQueryInput>>, undefined, Blob>()('GET', '/api/activities/export', { file: true }),
    create: define<Record<never, never>, Input<typeof S.activityCreateInput>, Activity>()('POST', '/api/activities'),
    details: define<Record<never, never>, undefined, ActivityDetails>()('GET', '/api/activities/:key'),
    update: define<Record<never, never>, Input<typeof S.activityPatchInput>, Activity>()('PATCH', '/api/activities/:key', { ifMatch: true }),
    remove: define()('DELETE', '/api/activities/:key', { ifMatch: true }),
    comment: define<Record<never, never>, Input<typeof S.commentInput>, Comment>()('POST', '/api/activities/:key/comments'),
  },
  categories: {
    read: define<Record<never, never>, undefined, Categories>()('GET', '/api/categories'),
    save: define<Record<never, never>, Input<typeof S.categoriesInput>, Categories>()('PUT', '/api/categories', { ifMatch: true }),
  },
  restlista: define<QueryText<Input<typeof S.restlistaQueryInput>>, undefined, Restlista>()('GET', '/api/restlista'),
  checklist: {
    read: define<Record<never, never>, undefined, ChecklistView>()('GET', '/api/checklist'),
    addItem: define<Record<never, never>, Input<typeof S.checklistItemCreateInput>, { item: ChecklistItem; checklist: ChecklistView }>()(
      'POST',
      '/api/checklist/items',
    ),
    changeItem: define<Record<never, never>, Input<typeof S.checklistItemPatchInput>, { item: ChecklistItem; checklist: ChecklistView }>()(
      'PATCH',
      '/api/checklist/items/:id',
      { ifMatch: true },
    ),
    sign: define<Record<never, never>, Input<typeof S.signOffInput>, ChecklistView>()('POST', '/api/checklist/sign-off'),
    withdrawSignature: define<Record<never, never>, undefined, ChecklistView>()('DELETE', '/api/checklist/sign-off'),
    /** The checklist as a record for the registry: items and signatures (times, checksums) as xlsx, in the caller's language. */
    export: define<Record<never, never>, undefined, Blob>()('GET', '/api/checklist/export', { file: true }),
  },
  meetings: {
    /** `due`: the meeting "Starta möte" offers (a missed one first, late). */
    list: define<Record<never, never>, undefined, { items: MeetingSummary[]; due: MeetingToHold }>()('GET', '/api/meetings'),
    start: define<Record<never, never>, Input<typeof S.meetingStartInput>, Meeting>()('POST', '/api/meetings'),
    read: define<Record<never, never>, undefined, Meeting>()('GET', '/api/meetings/:id'),
    record: define<Record<never, never>, Input<typeof S.meetingEntryInput>, RecordedDecision>()('POST', '/api/meetings/:id/entries'),
    finish: define<Record<never, never>, Input<typeof S.meetingFinishInput>, Meeting>()('POST', '/api/meetings/:id/finish'),
    minutes: define<QueryText<Input<typeof S.minutesQueryInput>>, undefined, Blob>()('GET', '/api/meetings/:id/minutes', { file: true }),
  },
  trainings: {
    statistics: define<Record<never, never>, undefined, TrainingStats>()('GET', '/api/trainings/stats'),
    list: define<QueryText<Input<typeof S.trainingQueryInput>>, undefined, ListOf<TrainingView>>()('GET', '/api/trainings'),
    create: define<Record<never, never>, Input<typeof S.trainingCreateInput>, TrainingView>()('POST', '/api/trainings'),
    get: define<Record<never, never>, undefined, TrainingView>()('GET', '/api/trainings/:id'),
    update: define<Record<never, never>, Input<typeof S.trainingPatchInput>, TrainingUpdated & { training: TrainingView }>()('PATCH', '/api/trainings/:id', {
      ifMatch: true,
    }),
    registrations: define<Record<never, never>, undefined, ListOf<PlacedRegistration> & { training: TrainingView }>()('GET', '/api/trainings/:id/registrations'),
    registrationsCsv: define<{ format: 'csv' }, undefined, Blob>()('GET', '/api/trainings/:id/registrations', { file: true }),
    register: define<Record<never, never>, Input<typeof S.registrationInput> | undefined, SignUpResult & { training: TrainingView }>()(
      'POST',
      '/api/trainings/:id/registrations',
    ),
    cancel: define<Record<never, never>, undefined, CancelResult>()('DELETE', '/api/trainings/:id/registrations/:userId'),
    markAttendance: define<Record<never, never>, Input<typeof S.attendanceInput>, Registration>()('PATCH', '/api/trainings/:id/registrations/:userId'),
  },
  audit: {
    read: define<QueryText<Input<typeof S.auditQueryInput>>, undefined, AuditPage & { head: AuditHead }>()('GET', '/api/audit'),
    verify: define<Record<never, never>, undefined, AuditVerification>()('GET', '/api/audit/verify'),
    export: define<QueryText<Input<typeof S.auditExportQueryInput>>, undefined, Blob>()('GET', '/api/audit/export', { file: true }),
  },
  settings: {
    followUp: define<Record<never, never>, undefined, FollowUpSettingsView & { upcoming: UpcomingMeeting[] }>()('GET', '/api/settings/follow-up'),
    saveFollowUp: define<Record<never, never>, Input<typeof S.followUpSettingsInput>, FollowUpSettingsView & { upcoming: UpcomingMeeting[] }>()('PUT', '/api/settings/follow-up', {
      ifMatch: true,
    }),
    previewFollowUp: define<Record<never, never>, Input<typeof S.followUpPreviewInput>, { upcoming: UpcomingMeeting[] }>()(
      'POST',
      '/api/settings/follow-up/preview',
    ),
  },
  /** Kostnadskalkyl (issue 16): every write answers the new view (ETag = the calculation's version); a 412 carries `current` = the view now. */
  costs: {
    read: define<Record<never, never>, undefined, CostView>()('GET', '/api/costs'),
    setCell: define<Record<never, never>, Input<typeof S.costCellInput>, CostView>()('PUT', '/api/costs/cells', { ifMatch: true }),
    addRow: define<Record<never, never>, Input<typeof S.costRowCreateInput>, CostView>()('POST', '/api/costs/rows', { ifMatch: true }),
    changeRow: define<Record<never, never>, Input<typeof S.costRowPatchInput>, CostView>()('PATCH', '/api/costs/rows/:id', { ifMatch: true }),
    /** Refused (`locked`, costs.rowHasAmounts) while any of the row's cells is non-zero: such a row can only be retired. */
    removeRow: define<Record<never, never>, undefined, CostView>()('DELETE', '/api/costs/rows/:id', { ifMatch: true }),
    addYear: define<Record<never, never>, Input<typeof S.costYearInput>, CostView>()('POST', '/api/costs/years', { ifMatch: true }),
    addScenario: define<Record<never, never>, Input<typeof S.costScenarioCreateInput>, CostView>()('POST', '/api/costs/scenarios', { ifMatch: true }),
    changeScenario: define<Record<never, never>, Input<typeof S.costScenarioPatchInput>, CostView>()('PATCH', '/api/costs/scenarios/:id', { ifMatch: true }),
    decide: define<Record<never, never>, Input<typeof S.costDecisionInput>, CostView>()('POST', '/api/costs/scenarios/:id/decision', { ifMatch: true }),
    freezeBaseline: define<Record<never, never>, Input<typeof S.costBaselineInput>, CostView>()('POST', '/api/costs/baselines', { ifMatch: true }),
    export: define<QueryText<Input<typeof S.costExportQueryInput>>, undefined, Blob>()('GET', '/api/costs/export', { file: true }),
  },
  /** The förvaltningsdokumentation register (issue 16). */
  documents: {
    list: define<Record<never, never>, undefined, DocumentList>()('GET', '/api/documents'),
    /** The documents whose review is overdue or due by the (next) meeting: the follow-up's "Dokument att granska". */
    toReview: define<QueryText<Input<typeof S.documentsDueQueryInput>>, undefined, DocumentList>()('GET', '/api/documents/reviews-due'),
    export: define<QueryText<Input<typeof S.documentExportQueryInput>>, undefined, Blob>()('GET', '/api/documents/export', { file: true }),
    create: define<Record<never, never>, Input<typeof S.documentCreateInput>, DocumentView>()('POST', '/api/documents'),
    read: define<Record<never, never>, undefined, DocumentView>()('GET', '/api/documents/:id'),
    update: define<Record<never, never>, Input<typeof S.documentPatchInput>, DocumentView>()('PATCH', '/api/documents/:id', { ifMatch: true }),
    review: define<Record<never, never>, Input<typeof S.documentReviewInput>, DocumentView>()('POST', '/api/documents/:id/reviews', { ifMatch: true }),
  },
} as const;

/** The path with its parameters filled in, each encoded: `pathOf(API.activities.details, { key: 'A-001' })`. */
export function pathOf<P extends string>(endpoint: Endpoint<P>, params: ParamsOf<P>): string {
  const values = params as Record<string, string>;
  return endpoint.path.replace(/:([A-Za-z]+)/g, (_whole, name: string) => encodeURIComponent(values[name] ?? ''));
}

/** A query string from defined values (`?a=1&b=2`), or ''. */
export function queryString(query: Record<string, string | undefined> | undefined): string {
  const entries = Object.entries(query ?? {}).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '');
  return entries.length ? `?${new URLSearchParams(entries).toString()}` : '';
}
