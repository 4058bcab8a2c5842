import type { Locale } from '../i18n';
import { type Checklist, type ItemState, type SignerRole, itemState } from './checklist';

/**
 * The handover checklist as a record for the registry (diariet): what the print view and the
 * Excel file both show — every item with its state, who ticked it and when, and the signatures
 * with their local time and checksum. Built once here so the two say the same thing, in the
 * reader's language (`t`: the texts are in src/i18n/tab/handover.ts, `tab.handover.record.*`).
 */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface RecordItem {
  id: string;
  section: string;
  text: string;
  /** Done, open, or — the sign-off item — done through the signatures / awaiting them. */
  kind: ItemState['kind'];
  status: string;
  by: string;
  at: string;
  responsible: string;
  comment: string;
  evidence: string;
}

export interface RecordSignature {
  role: SignerRole;
  roleName: string;
  name: string;
  at: string;
  hash: string;
}

export interface HandoverRecord {
  title: string;
  /** "Signerad 2026-12-07 09:49", or that it is a draft not yet signed by both. */
  status: string;
  signedOff: boolean;
  /** "Utdrag ur Förvaltningsstöd 2026-12-08 10:15". */
  extract: string;
  columns: { section: string; item: string; status: string; by: string; at: string; responsible: string; comment: string; evidence: string };
  sections: { id: string; title: string; items: RecordItem[] }[];
  signaturesTitle: string;
  signatureColumns: { role: string; name: string; at: string; hash: string };
  signatures: RecordSignature[];
  /** What the checksum is, in one sentence. */
  hashNote: string;
}

/** An instant as the registry writes it, in the app's zone: `2026-12-07 09:49` (both languages). */
export function localDateTime(iso: string | null, timeZone: string): string {
  if (!iso) return '';
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

const STATUS_KEY: Record<ItemState['kind'], string> = {
  done: 'tab.handover.record.status.done',
  open: 'tab.handover.record.status.open',
  signedOff: 'tab.handover.record.status.signedOff',
  awaitingSignatures: 'tab.handover.record.status.awaitingSignatures',
};

function doneByAndAt(state: ItemState, timeZone: string): { by: string; at: string } {
  switch (state.kind) {
    case 'done':
      return { by: state.by?.name ?? '', at: localDateTime(state.at, timeZone) };
    case 'signedOff':
      return { by: state.signatures.map((s) => s.by.name).join(', '), at: localDateTime(state.at, timeZone) };
    default:
      return { by: '', at: '' };
  }
}

export function handoverRecord(checklist: Checklist, locale: Locale, timeZone: string, now: Date, t: Translate): HandoverRecord {
  const signedOff = checklist.signedOffAt !== null;
  const col = (name: string) => t(`tab.handover.record.col.${name}`);
  return {
    title: t('tab.handover.title'),
    status: signedOff
      ? t('tab.handover.record.signed', { time: localDateTime(checklist.signedOffAt, timeZone) })
      : t('tab.handover.record.draft'),
    signedOff,
    extract: t('tab.handover.record.extract', { time: localDateTime(now.toISOString(), timeZone) }),
    columns: {
      section: col('section'),
      item: col('item'),
      status: col('status'),
      by: col('by'),
      at: col('at'),
      responsible: col('responsible'),
      comment: col('comment'),
      evidence: col('evidence'),
    },
    sections: checklist.sections.map((section) => ({
      id: section.id,
      title: section.title[locale],
      items: checklist.items
        .filter((item) => item.sectionId === section.id)
        .map((item) => {
          const state = itemState(checklist, item);
          return {
            id: item.id,
            section: section.title[locale],
            text: item.text[locale],
            kind: state.kind,
            status: t(STATUS_KEY[state.kind]),
            ...doneByAndAt(state, timeZone),
            responsible: item.responsible?.name ?? '',
            comment: item.comment,
            // A register document (D-003) beside the link, when the item names one.
            evidence: [item.evidenceUrl, item.evidenceDocument].filter(Boolean).join(' '),
          };
        }),
    })),
    signaturesTitle: t('tab.handover.record.signatures'),
    signatureColumns: { role: col('role'), name: col('name'), at: col('at'), hash: col('hash') },
    signatures: checklist.signatures.map((s) => ({
      role: s.role,
      roleName: t(`tab.handover.signoff.role.${s.role}`),
      name: s.by.name,
      at: localDateTime(s.at, timeZone),
      hash: s.hash,
    })),
    hashNote: t('tab.handover.record.hashNote'),
  };
}
