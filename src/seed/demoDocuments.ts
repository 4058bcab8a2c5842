import { DateTime } from 'luxon';
import { findDevUser } from '../auth/devUsers';
import { CommandContext } from '../commands/context';
import { changeChecklistItem } from '../commands/checklistEditor';
import { createDocument, markDocumentReviewed } from '../commands/documentRegisterEditor';
import { nextMeetingDate } from '../commands/followUpSettings';
import { localDate } from '../domain/calendar';
import { DocumentFields, DocumentKind } from '../domain/documentRegister';
import { addMonths } from '../domain/documentReview';
import { unwrap } from '../domain/problem';
import { Identity, can } from '../domain/roles';

/**
 * The förvaltningsdokumentation the rollout project handed over, as demo data for the register:
 * owners from the demo people, links into the team's files, and dates chosen from today and the
 * next meeting so that some reviews are overdue and some fall before the next meeting (the
 * follow-up shows them). Two checklist items name their document as evidence.
 */
const FILES = 'https://contoso.sharepoint.com/sites/O365Forvaltning/Delade%20dokument';

interface DemoDocument {
  title: string;
  kind: DocumentKind;
  file: string;
  owner: string | null;
  versionLabel: string;
  /** When the document is dated, relative to today (days ago). */
  datedDaysAgo: number;
  interval: number | null;
  status?: DocumentFields['status'];
  notes?: string;
  /** Reviewed (with a note) this many days ago. */
  reviewed?: { daysAgo: number; note: string };
  /** Reviewed so that the next review falls on the next meeting's date (due before it). */
  dueAtMeeting?: boolean;
  /** The checklist item whose evidence it is. */
  evidenceOf?: string;
}

const DEMO_DOCUMENTS: DemoDocument[] = [
  { title: 'Checklista överlämning till förvaltning', kind: 'övrigt', file: 'Checklista%20%C3%B6verl%C3%A4mning.docx', owner: 'lead', versionLabel: '1.0', datedDaysAgo: 120, interval: 12 },
  {
    title: 'Förvaltningsdokumentation O365',
    kind: 'systemdokumentation',
    file: 'F%C3%B6rvaltningsdokumentation%20O365.docx',
    owner: 'systemowner',
    versionLabel: '2.1',
    datedDaysAgo: 400,
    interval: 12,
    notes: 'Arkitektur, tjänster som ingår, ansvar och kontaktvägar. Överlämnad av projektet.',
    evidenceOf: 'T06',
  },
  { title: 'Aktivitetslogg – restlista', kind: 'övrigt', file: 'Aktivitetslogg%20restlista.xlsx', owner: 'member', versionLabel: '3', datedDaysAgo: 200, interval: 6, dueAtMeeting: true, evidenceOf: 'T21' },
  {
    title: 'Rutin för gäståtkomst',
    kind: 'rutin',
    file: 'Rutin%20g%C3%A4st%C3%A5tkomst.docx',
    owner: 'member',
    versionLabel: '1.2',
    datedDaysAgo: 800,
    interval: 12,
    reviewed: { daysAgo: 390, note: 'Uppdaterad efter Microsofts ändring av gästinställningarna.' },
  },
  { title: 'Rutin för namngivning av team', kind: 'rutin', file: 'Rutin%20namngivning%20team.docx', owner: 'member2', versionLabel: '1.0', datedDaysAgo: 90, interval: 12 },
  {
    title: 'Utbildningsmaterial (mini-utbildningar)',
    kind: 'utbildningsmaterial',
    file: 'Utbildningsmaterial',
    owner: 'member2',
    versionLabel: '2025',
    datedDaysAgo: 60,
    interval: 6,
    notes: '39 mini-utbildningar, guider och inspelningar.',
  },
  { title: 'Beslut om telefoni', kind: 'beslut', file: 'Beslut%20telefoni.pdf', owner: 'owner', versionLabel: '', datedDaysAgo: 45, interval: null, notes: 'Inväntar beslut om inringning till Teams-möten.' },
  { title: 'Förvaltningsplan', kind: 'förvaltningsplan', file: 'F%C3%B6rvaltningsplan.docx', owner: 'lead', versionLabel: '1.0', datedDaysAgo: 300, interval: 12, dueAtMeeting: true },
  { title: 'Supportrutin för Skype för företag', kind: 'rutin', file: 'Supportrutin%20Skype.docx', owner: null, versionLabel: '1.4', datedDaysAgo: 900, interval: 12, status: 'upphävd' },
];

export async function seedDemoDocuments(ctx: CommandContext): Promise<number> {
  if ((await ctx.store.documents.list()).length > 0) return 0;
  if (!(await ctx.store.markOnce('demo-documents-seeded'))) return 0;
  const user = (alias: string): Identity => {
    const u = findDevUser(alias);
    if (!u) throw new Error(`demo user ${alias} is missing`);
    return u;
  };
  const lead = user('lead');
  const now = ctx.now();
  const today = localDate(now, ctx.timeZone);
  const meeting = await nextMeetingDate(ctx, now);
  const daysAgo = (n: number) => DateTime.fromISO(today, { zone: 'UTC' }).minus({ days: n }).toISODate()!;

  for (const demo of DEMO_DOCUMENTS) {
    const owner = demo.owner ? user(demo.owner) : null;
    const created = unwrap(
      await createDocument(
        { ...ctx, now: () => DateTime.fromJSDate(now).minus({ days: demo.datedDaysAgo }).toJSDate() },
        {
          title: demo.title,
          kind: demo.kind,
          link: `${FILES}/${demo.file}`,
          owner: owner && { id: owner.id, name: owner.name },
          versionLabel: demo.versionLabel,
          documentDate: daysAgo(demo.datedDaysAgo),
          lastReviewed: null,
          reviewIntervalMonths: demo.interval,
          status: demo.status ?? 'gällande',
          notes: demo.notes ?? '',
        },
        lead,
      ),
    );
    const reviewedOn = demo.reviewed ? daysAgo(demo.reviewed.daysAgo) : demo.dueAtMeeting && demo.interval ? addMonths(meeting, -demo.interval) : null;
    if (reviewedOn && reviewedOn <= today) {
      const note = demo.reviewed?.note ?? 'Genomgången utan ändringar.';
      unwrap(await markDocumentReviewed(ctx, created.id, created.version, { on: reviewedOn, note }, owner && can(owner, 'documents.edit') ? owner : lead));
    }
    if (demo.evidenceOf) {
      const item = (await ctx.store.checklist.get())?.items.find((i) => i.id === demo.evidenceOf);
      if (item) unwrap(await changeChecklistItem(ctx, item.id, item.version, { evidenceDocument: created.id }, lead));
    }
  }
  return DEMO_DOCUMENTS.length;
}
