import { z } from 'zod';
import { CATEGORIES, ORIGINS, PRIORITIES, STATUSES } from '../domain/activity';
import { isIsoDate } from '../domain/calendar';
import { SIGNER_ROLES } from '../domain/checklist';
import { SORTS } from '../domain/activityQuery';
import { MINUTES_FORMATS } from './meetingMinutes';

/** The shapes the API accepts. Objects are strict: an unknown field is an error, not ignored. */
const text = (max: number) => z.string().max(max);
const isoDate = z.string().refine(isIsoDate, { params: { code: 'validation.date' } });

export const personInput = z.strictObject({ id: z.string().trim().min(1).max(100), name: z.string().trim().min(1).max(200) });

export const activityCreateInput = z.strictObject({
  title: z.string().trim().min(1).max(200),
  description: text(5000).default(''),
  category: z.enum(CATEGORIES),
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
  category: z.enum(CATEGORIES).optional(),
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

export const activityQueryInput = z.object({
  status: csv(STATUSES).optional(),
  category: csv(CATEGORIES).optional(),
  owner: z
    .string()
    .transform((s) => s.split(',').map((v) => v.trim()).filter(Boolean))
    .optional(),
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

/** Without a date: the next monthly meeting (first Tuesday), like the restlista. */
export const meetingStartInput = z.strictObject({ meetingDate: isoDate.optional() });

export const meetingEntryInput = z.strictObject({
  activityKey: z.string().trim().min(1).max(20),
  activityVersion: z.number().int().min(1),
  note: z.string().trim().min(1).max(4000),
  status: z.enum(STATUSES).optional(),
  dueDate: isoDate.nullable().optional(),
  resolution: text(2000).nullable().optional(),
});

export const meetingFinishInput = z.strictObject({ attendees: text(4000).optional(), summary: text(4000).optional() });

export const minutesQueryInput = z.object({ format: z.enum(MINUTES_FORMATS).default('text') });
