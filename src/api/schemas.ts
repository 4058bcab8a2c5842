import { z } from 'zod';
import { ORIGINS, PRIORITIES, STATUSES } from '../domain/activity';
import { MAX_CATEGORY_NAME } from '../domain/categories';
import { RIGHTS } from '../domain/rights';
import { isIsoDate } from '../domain/calendar';
import { SIGNER_ROLES } from '../domain/checklist';
import { SORTS } from '../domain/activityQuery';
import { AUDIT_RECORD_TYPES, AuditRecordType, MAX_AUDIT_PAGE } from '../domain/audit';
import { MINUTES_FORMATS } from './meetingMinutes';
import { TRAINING_KINDS, TRAINING_STATUSES, isInstant, toUtcIso } from '../domain/training';
import { COST_MEASURES, COST_SECTIONS, COST_SIDES, MAX_COST_NAME, MAX_COST_NOTE, MAX_FTE, MAX_HOURS, MAX_KRONOR } from '../domain/costModel';
import { hasAtMostDecimals } from '../domain/costEntry';
import { isHttpsUrl } from '../domain/httpsLink';
import { MAX_REMINDER_DAYS_BEFORE, WEEKDAYS, WEEKS, isLocalTime, isTimeZone } from '../domain/followUpSchedule';

/** The shapes the API accepts. Objects are strict: an unknown field is an error, not ignored. */
const text = (max: number) => z.string().max(max);
const isoDate = z.string().refine(isIsoDate, { params: { code: 'validation.date' } });

export const personInput = z.strictObject({ id: z.string().trim().min(1).max(100), name: z.string().trim().min(1).max(200) });

/** A category's name; whether it is one that may be chosen is the use case's to say (the list is kept in the store). */
const categoryName = z.string().trim().min(1).max(MAX_CATEGORY_NAME);

export const activityCreateInput = z.strictObject({
  title: z.string().trim().min(1).max(200),
  description: text(5000).default(''),
  category: categoryName,
  owner: personInput.nullable().default(null),
  status: z.enum(STATUSES).default('ny'),
  priority: z.enum(PRIORITIES).default('normal'),
  dueDate: isoDate.nullable().default(null),
  origin: z.enum(ORIGINS).default('förvaltning'),
  resolution: text(2000).nullable().default(null),
});

export const activityPatchInput = z.strictObject({
  title: z.string().trim().min(1).max(200).optional(),
  description: text(5000).optional(),
  category: categoryName.optional(),
  owner: personInput.nullable().optional(),
  status: z.enum(STATUSES).optional(),
  priority: z.enum(PRIORITIES).optional(),
  dueDate: isoDate.nullable().optional(),
  origin: z.enum(ORIGINS).optional(),
  resolution: text(2000).nullable().optional(),
});

export const commentInput = z.strictObject({
  text: z.string().trim().min(1).max(4000),
  meetingDate: isoDate.nullable().default(null),
});

const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((s) => s.split(',').map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)));

const list = z.string().transform((s) => s.split(',').map((v) => v.trim()).filter(Boolean));

export const activityQueryInput = z.object({
  status: csv(STATUSES).optional(),
  category: list.optional(),
  owner: list.optional(),
  q: z.string().max(200).optional(),
  overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  sort: z.enum(SORTS).optional(),
});

export const exportQueryInput = activityQueryInput.extend({ format: z.enum(['csv', 'xlsx']).default('csv') });

export const restlistaQueryInput = z.object({ meeting: isoDate.optional() });

const evidenceUrl = z.string().trim().max(2000).nullable();

export const checklistItemCreateInput = z.strictObject({
  sectionId: z.string().min(1).max(20),
  text: z.strictObject({ sv: z.string().trim().min(1).max(500), en: z.string().trim().max(500).optional() }),
  position: z.number().int().min(0).max(10_000).optional(),
  done: z.boolean().optional(),
  responsible: personInput.nullable().optional(),
  comment: text(2000).optional(),
  evidenceUrl: evidenceUrl.optional(),
});

export const checklistItemPatchInput = z.strictObject({
  sectionId: z.string().min(1).max(20).optional(),
  text: z.strictObject({ sv: z.string().trim().min(1).max(500).optional(), en: z.string().trim().max(500).optional() }).optional(),
  position: z.number().int().min(0).max(10_000).optional(),
  done: z.boolean().optional(),
  responsible: personInput.nullable().optional(),
  comment: text(2000).optional(),
  evidenceUrl: evidenceUrl.optional(),
});

export const signOffInput = z.strictObject({ role: z.enum(SIGNER_ROLES) });

/** Without a date: the meeting to hold now by the follow-up schedule (a missed one first, else the next, like the restlista). */
export const meetingStartInput = z.strictObject({ meetingDate: isoDate.optional() });

export const meetingEntryInput = z.strictObject({
  activityKey: z.string().trim().min(1).max(20),
  activityVersion: z.number().int().min(1),
  note: z.string().trim().min(1).max(4000),
  status: z.enum(STATUSES).optional(),
  dueDate: isoDate.nullable().optional(),
  resolution: text(2000).nullable().optional(),
  /** "X tar den": the new owner; null takes the owner away. */
  owner: personInput.nullable().optional(),
  priority: z.enum(PRIORITIES).optional(),
});

export const meetingFinishInput = z.strictObject({ attendees: text(4000).optional(), summary: text(4000).optional() });

export const minutesQueryInput = z.object({ format: z.enum(MINUTES_FORMATS).default('text') });

/** An instant with its offset (2026-03-30T09:00:00+02:00 or …Z), stored as UTC. */
const instant = z
  .string()
  .max(40)
  .refine(isInstant, { params: { code: 'validation.instant' } })
  .transform(toUtcIso);
/** Empty text means none. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => v || null);
const email = z
  .string()
  .trim()
  .max(254)
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), { params: { code: 'validation.email' } })
  .nullable()
  .transform((v) => v || null);

const audienceInput = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('open') }),
  z.strictObject({ type: z.literal('invite'), invitees: z.array(personInput).max(1000) }),
]);

/** Seats, lead time, end after start and the https link are checked by the domain (domain/training.ts). */
const trainingFields = {
  title: z.string().trim().min(1).max(200),
  description: text(5000),
  kind: z.enum(TRAINING_KINDS),
  audience: audienceInput,
  start: instant,
  end: instant,
  meetingUrl: optionalText(2000),
  place: optionalText(200),
  capacity: z.number().int(),
  organiser: personInput,
  signUpLeadMinutes: z.number().int(),
};

export const trainingCreateInput = z.strictObject({
  ...trainingFields,
  description: trainingFields.description.default(''),
  kind: trainingFields.kind.default('miniutbildning'),
  audience: audienceInput.default({ type: 'open' }),
  meetingUrl: trainingFields.meetingUrl.default(null),
  place: trainingFields.place.default(null),
  organiser: personInput.nullable().optional(),
  signUpLeadMinutes: trainingFields.signUpLeadMinutes.default(0),
});

export const trainingPatchInput = z.strictObject({
  title: trainingFields.title.optional(),
  description: trainingFields.description.optional(),
  kind: trainingFields.kind.optional(),
  audience: audienceInput.optional(),
  start: instant.optional(),
  end: instant.optional(),
  meetingUrl: trainingFields.meetingUrl.optional(),
  place: trainingFields.place.optional(),
  capacity: trainingFields.capacity.optional(),
  organiser: personInput.optional(),
  signUpLeadMinutes: trainingFields.signUpLeadMinutes.optional(),
  status: z.enum(TRAINING_STATUSES).optional(),
});

/** `from`: a date (the start of that day in the app's time zone) or an instant. */
export const trainingQueryInput = z.object({
  from: z
    .string()
    .refine((v) => isIsoDate(v) || isInstant(v), { params: { code: 'validation.date' } })
    .optional(),
  status: csv(TRAINING_STATUSES).optional(),
  kind: csv(TRAINING_KINDS).optional(),
  all: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});

/** Empty body: the caller signs up. With `userId` (someone else): an organiser registers them. */
export const registrationInput = z.strictObject({
  userId: z.string().trim().min(1).max(100).optional(),
  name: z.string().trim().min(1).max(200).optional(),
  email: email.optional(),
  department: optionalText(200).optional(),
});

export const attendanceInput = z.strictObject({ attended: z.boolean() });

export const registrationsQueryInput = z.object({ format: z.enum(['json', 'csv']).default('json') });

const followUpScheduleInput = z.strictObject({
  rule: z.strictObject({ week: z.enum(WEEKS), weekday: z.enum(WEEKDAYS) }),
  time: z.string().max(5).refine(isLocalTime, { params: { code: 'followUp.time' } }),
  timeZone: z.string().max(64).refine(isTimeZone, { params: { code: 'followUp.timeZone' } }),
  reminderDaysBefore: z.number().int().min(0).max(MAX_REMINDER_DAYS_BEFORE),
  onMeetingMorning: z.boolean(),
  nudges: z.boolean(),
  /** Single meetings moved off a holiday (the command checks each is one of the rule's, in its month). */
  moved: z.array(z.strictObject({ from: isoDate, to: isoDate })).max(24).optional(),
});

/** PUT /api/settings/follow-up: the channel (one the bot knows, or null for none) and the whole schedule. */
export const followUpSettingsInput = z.strictObject({
  channelId: z.string().trim().min(1).max(200).nullable(),
  schedule: followUpScheduleInput,
});

/** POST /api/settings/follow-up/preview: a schedule being edited, to see its next meetings before saving it. */
export const followUpPreviewInput = z.strictObject({ schedule: followUpScheduleInput });

/** POST /api/rights: a right granted to a person (anyone in the tenant, picked with GET /api/people). */
export const rightGrantInput = z.strictObject({ right: z.enum(RIGHTS), person: personInput });

/** PUT /api/categories: the whole list (names checked further by domain/categories.ts). */
export const categoriesInput = z.strictObject({
  items: z
    .array(
      z.strictObject({
        name: z.string().max(200),
        en: z.string().max(200).nullable().default(null),
        retired: z.boolean().default(false),
      }),
    )
    .min(1)
    .max(100),
});

/** `activity:A-008` → the record; the kind must be one the trail knows. */
const auditRecord = z
  .string()
  .max(120)
  .transform((s, ctx) => {
    const at = s.indexOf(':');
    const type = s.slice(0, at);
    const id = s.slice(at + 1).trim();
    if (at < 1 || !(AUDIT_RECORD_TYPES as readonly string[]).includes(type) || !id) {
      ctx.addIssue({ code: 'custom', params: { code: 'validation.query' } });
      return z.NEVER;
    }
    return { type: type as AuditRecordType, id };
  });

/** GET /api/audit: filters (record, person = Entra object id, local dates inclusive) and the page. */
export const auditQueryInput = z.object({
  record: auditRecord.optional(),
  /** Only this kind of record (all its records). */
  type: z.enum(AUDIT_RECORD_TYPES).optional(),
  person: z.string().trim().min(1).max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  after: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_AUDIT_PAGE).optional(),
  order: z.enum(['oldest', 'newest']).optional(),
});

/** GET /api/audit/export: the same filters, every matching entry, as CSV or xlsx. */
export const auditExportQueryInput = auditQueryInput.omit({ after: true, limit: true, order: true }).extend({
  format: z.enum(['csv', 'xlsx']).default('csv'),
});

// Kostnadskalkyl (issue 16): the shapes the calculation's writes take. Amounts are checked here for
// their form (whole kronor, decimals, ranges); what they refer to (rows, years, scenarios) and the
// rules between fields (hours only internal) are domain/costs.ts's to check.
const costId = z.string().trim().min(1).max(20);
// Amounts are refused with the calculation's own words ("hela kronor från 0 till 1 000 000 000 000"), not as text lengths.
const kronorInput = z.number().refine((n) => Number.isInteger(n) && n >= 0 && n <= MAX_KRONOR, { params: { code: 'costs.kronor' } });
const costEntryInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('kronor'), kronor: kronorInput }),
  z.strictObject({
    kind: z.literal('hours'),
    hours: z.number().refine((n) => n >= 0 && n <= MAX_HOURS && hasAtMostDecimals(n, 1), { params: { code: 'costs.hours' } }),
    ratePerHour: kronorInput,
  }),
  z.strictObject({
    kind: z.literal('fte'),
    fte: z.number().refine((n) => n >= 0 && n <= MAX_FTE && hasAtMostDecimals(n, 2), { params: { code: 'costs.fte' } }),
    ratePerYear: kronorInput,
  }),
]);

/** PUT /api/costs/cells: one cell (a scenario's budget, or the shared utfall); `entry: null` clears it. */
export const costCellInput = z
  .strictObject({
    measure: z.enum(COST_MEASURES),
    scenario: costId.optional(),
    row: costId,
    year: z.number().int().min(2000).max(2200),
    side: z.enum(COST_SIDES),
    entry: costEntryInput.nullable(),
  })
  .superRefine((input, ctx) => {
    if (input.measure === 'budget' && input.scenario === undefined)
      ctx.addIssue({ code: 'custom', path: ['scenario'], params: { code: 'validation.required' } });
    if (input.measure === 'outcome' && input.scenario !== undefined)
      ctx.addIssue({ code: 'custom', path: ['scenario'], params: { code: 'costs.outcomeHasNoScenario' } });
  });

const costName = z.string().trim().min(1).max(MAX_COST_NAME);
const costNote = z.string().max(MAX_COST_NOTE);

/** POST /api/costs/rows: a row appended at the end of its section. */
export const costRowCreateInput = z.strictObject({ section: z.enum(COST_SECTIONS), name: costName, note: costNote.default('') });

/** PATCH /api/costs/rows/:id: what changes; `position` is the 0-based place within the row's section. */
export const costRowPatchInput = z.strictObject({
  name: costName.optional(),
  note: costNote.optional(),
  retired: z.boolean().optional(),
  position: z.number().int().min(0).max(1000).optional(),
});

/** POST /api/costs/years: the year after the last (no fields). */
export const costYearInput = z.strictObject({});

/** POST /api/costs/scenarios: a new scenario, its budget a copy of `copyOf`'s. */
export const costScenarioCreateInput = z.strictObject({ name: costName, copyOf: costId });

/** PATCH /api/costs/scenarios/:id: a new name. */
export const costScenarioPatchInput = z.strictObject({ name: costName });

/** Only https links: a decision's link is shown as a link to click. */
const httpsLink = z
  .string()
  .trim()
  .max(2000)
  .refine((s) => isHttpsUrl(s), { params: { code: 'costs.httpsLink' } });

/** POST /api/costs/scenarios/:id/decision: the day it was decided and where the decision is. */
export const costDecisionInput = z.strictObject({ on: isoDate, link: httpsLink.nullable() });

/** POST /api/costs/baselines: freeze the decided scenario's budget now (no fields). */
export const costBaselineInput = z.strictObject({});

/** GET /api/costs/export: xlsx (live formulas) or CSV. */
export const costExportQueryInput = z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') });
