import { Activity } from '../../src/domain/activity';
import { defaultFollowUpSchedule, meetingOn } from '../../src/domain/followUpSchedule';
import { restlista } from '../../src/domain/restlista';
import { followUpCardDataOf } from '../../src/bot/followUp/followUpCardData';
import { CardJson } from '../../src/bot/core/turn';
import { CardContext } from '../../src/bot/core/cards/common';
import { followUpChosenCard, followUpFormCard, followUpNudgeCard, followUpReminderCard } from '../../src/bot/followUp/followUpCards';
import { remindersOf } from '../../src/domain/followUpSchedule';
import { RegisterDocument } from '../../src/domain/documentRegister';

/**
 * The follow-up cards with representative data for the gallery (card tests, PNGs): the
 * restlista before the April meeting as the channel sees it at the reminder (Sunday 5 April 2026
 * 09:00, the first Sunday of summer time), Anna's nudge, the "Klar" and "Skjut upp" forms, and
 * the answer to "följ upp här".
 */
const ZONE = 'Europe/Stockholm';
const SCHEDULE = defaultFollowUpSchedule(ZONE);
const MEETING_DATE = '2026-04-07';
const AT = new Date('2026-04-05T07:00:00.000Z');

const anna = { id: 'aad-anna', name: 'Anna Berg' };
const johan = { id: 'aad-johan', name: 'Johan Ek' };
const sara = { id: 'aad-sara', name: 'Sara Nilsson' };
const lead = { id: 'aad-maria', name: 'Maria Lindqvist' };

let n = 0;
const item = (title: string, owner: typeof anna | null, dueDate: string | null, status: Activity['status'] = 'pågår'): Activity => ({
  key: `A-${String(++n).padStart(3, '0')}`,
  title,
  description: '',
  category: 'Övrigt',
  owner,
  status,
  priority: 'normal',
  dueDate,
  origin: 'projekt',
  resolution: null,
  createdBy: lead,
  createdAt: '2026-01-12T08:00:00.000Z',
  updatedBy: lead,
  updatedAt: '2026-03-02T08:00:00.000Z',
  version: 3,
});

function sampleLog(): Activity[] {
  n = 0;
  return [
    item('Avveckla Skype för företag: sista användarna', anna, '2026-03-20'),
    item('Förnya licensavtal för Teams-telefoni', johan, '2026-03-31'),
    item('Uppdatera guiderna på medarbetarsidorna', sara, '2026-04-01'),
    item('Kostnadskalkyl för Teams Premium', null, '2026-04-02'),
    item('Effektutvärdering av införandet', anna, '2026-04-06'),
    item('Championnätverk: plan för hösten', sara, '2026-04-07'),
    item('Studentutrullning: utvärdera supportärenden', johan, '2026-04-07'),
    item('Arkivering av inaktiva team', anna, '2026-05-15'),
    item('Rutin för gästkonton', null, null),
  ];
}

/** The register's documents for the card with "Dokument att granska": one overdue, one due before the meeting, one later. */
function sampleDocuments(): RegisterDocument[] {
  const doc = (id: string, title: string, kind: RegisterDocument['kind'], owner: typeof anna | null, documentDate: string): RegisterDocument => ({
    id,
    title,
    kind,
    link: `https://contoso.sharepoint.com/sites/o365/Delade%20dokument/${id}.docx`,
    owner,
    versionLabel: '1.0',
    documentDate,
    lastReviewed: null,
    reviewIntervalMonths: 12,
    status: 'gällande',
    notes: '',
    reviews: [],
    version: 1,
    createdBy: lead,
    createdAt: '2025-03-01T08:00:00.000Z',
    updatedBy: lead,
    updatedAt: '2025-03-01T08:00:00.000Z',
  });
  return [
    doc('D-001', 'Rutin för gäståtkomst', 'rutin', johan, '2025-03-15'),
    doc('D-002', 'Förvaltningsplan O365', 'förvaltningsplan', null, '2025-04-06'),
    doc('D-003', 'Beslut om telefoni', 'beslut', lead, '2025-09-01'),
  ];
}

export function followUpSampleCards(ctx: CardContext): { name: string; card: CardJson }[] {
  const cards: CardContext = { ...ctx, restlistaUrl: 'https://forvaltningsstod.example.se/tab/index.html#/restlista' };
  const log = sampleLog();
  const at = { schedule: SCHEDULE, now: AT, timeZone: ZONE };
  const channel = followUpCardDataOf(log, at, { view: 'channel', meetingDate: MEETING_DATE, person: null });
  const nudge = followUpCardDataOf(log, at, { view: 'nudge', meetingDate: MEETING_DATE, person: anna });
  const overdue = restlista(log, { now: AT, timeZone: ZONE, meetingDate: MEETING_DATE }).groups.flatMap((g) => g.items).find((i) => i.flags.overdue)!;
  const meeting = meetingOn(SCHEDULE, MEETING_DATE);
  const form = { item: overdue, meetingDate: MEETING_DATE, view: 'channel' as const, today: '2026-04-05' };
  const done = cards.locale === 'sv' ? '✓ A-001 är klar (Anna Berg).' : '✓ A-001 is done (Anna Berg).';
  return [
    { name: 'followUpReminder', card: followUpReminderCard(cards, channel) },
    { name: 'followUpReminder-afterDone', card: followUpReminderCard(cards, followUpCardDataOf(log.slice(1), at, { view: 'channel', meetingDate: MEETING_DATE, person: null, notice: { tone: 'good', text: done } })) },
    {
      name: 'followUpReminder-documents',
      card: followUpReminderCard(cards, followUpCardDataOf(log, at, { view: 'channel', meetingDate: MEETING_DATE, person: null }, sampleDocuments())),
    },
    { name: 'followUpNudge', card: followUpNudgeCard(cards, nudge) },
    { name: 'followUpForm-done', card: followUpFormCard(cards, { ...form, form: 'done' }) },
    { name: 'followUpForm-postpone', card: followUpFormCard(cards, { ...form, form: 'postpone' }) },
    { name: 'followUpForm-comment', card: followUpFormCard(cards, { ...form, form: 'comment' }) },
    {
      name: 'followUpChosen',
      card: followUpChosenCard(cards, { channelName: 'O365 Förvaltning › Uppföljning', schedule: SCHEDULE, meeting, reminder: remindersOf(SCHEDULE, meeting)[0] ?? null, forvaltningTeam: 'O365 Förvaltning' }),
    },
  ];
}
