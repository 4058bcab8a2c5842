import { addMessages, t } from '../i18n';
import * as auditTexts from '../i18n/audit';
import { AuditEntry, AuditPerson } from './audit';
import { auditSentences } from './auditSentence';

addMessages(auditTexts);
const sv = (key: string, params?: Record<string, string | number>) => t('sv', key, params);
const en = (key: string, params?: Record<string, string | number>) => t('en', key, params);

const maria: AuditPerson = { pseudonym: 'p-maria', id: 'aad-maria', name: 'Maria Lindqvist' };
const erik: AuditPerson = { pseudonym: 'p-erik', id: 'aad-erik', name: 'Erik Holm' };
const people = new Map([maria, erik].map((p) => [p.pseudonym, p]));
const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  seq: 1,
  at: '2026-12-07T09:00:00.000Z',
  actor: 'p-maria',
  record: { type: 'activity', id: 'A-008' },
  action: 'activity.changed',
  subject: null,
  changes: [],
  prev: '0',
  hash: '1',
  ...over,
});

describe('the trail in sentences', () => {
  it('says a change field by field, in Swedish and English', () => {
    const e = entry({ changes: [{ field: 'status', from: 'väntar', to: 'klar' }, { field: 'owner', from: { person: 'p-maria' }, to: { person: 'p-erik' } }] });
    expect(auditSentences(e, people, sv)).toEqual([
      'Maria Lindqvist ändrade status på A-008 från väntar till klar',
      'Maria Lindqvist ändrade ansvarig på A-008 från Maria Lindqvist till Erik Holm',
    ]);
    expect(auditSentences(e, people, en)[0]).toBe('Maria Lindqvist changed status of A-008 from waiting to done');
  });

  it('never shows a free text, and names an erased person as erased', () => {
    const e = entry({ actor: 'p-gone', changes: [{ field: 'description', from: { sha256: 'a' }, to: { sha256: 'b' } }, { field: 'dueDate', from: null, to: '2027-01-31' }] });
    expect(auditSentences(e, people, sv)).toEqual([
      'En borttagen person ändrade beskrivning på A-008',
      'En borttagen person satte förfallodatum på A-008 till 2027-01-31',
    ]);
  });

  it('gives other actions a headline and the fields they set; the app itself as the actor', () => {
    const signed = entry({ record: { type: 'training', id: 'U-003' }, action: 'training.registrationCancelled', subject: 'p-erik', changes: [{ field: 'status', from: 'confirmed', to: 'cancelled' }, { field: 'promoted', from: null, to: { person: 'p-maria' } }] });
    expect(auditSentences(signed, people, sv)).toEqual([
      'Maria Lindqvist avanmälde Erik Holm från utbildningen U-003',
      'status: bekräftad → avanmäld',
      'flyttad från väntelistan: Maria Lindqvist',
    ]);
    expect(auditSentences(entry({ actor: null, record: { type: 'checklist', id: 'default' }, action: 'checklist.created' }), people, sv)).toEqual(['Appen skapade överlämningschecklistan']);
    const ticked = entry({ record: { type: 'checklist', id: 'default' }, action: 'checklist.itemChanged', changes: [{ field: 'items.T01.done', from: false, to: true }] });
    expect(auditSentences(ticked, people, sv)).toEqual(['Maria Lindqvist ändrade klar (punkt T01) på överlämningschecklistan från nej till ja']);
  });

  it("says times in the reader's words, and a training's kind and audience by their labels", () => {
    const created = entry({
      record: { type: 'training', id: 'U-057' },
      action: 'training.created',
      changes: [
        { field: 'kind', from: null, to: 'miniutbildning' },
        { field: 'audience.type', from: null, to: 'open' },
        { field: 'start', from: null, to: '2027-01-07T12:00:00.000Z' },
      ],
    });
    const stockholm = (iso: string) => new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(new Date(iso));
    expect(auditSentences(created, people, sv, stockholm)).toEqual([
      'Maria Lindqvist skapade utbildningen U-057',
      'typ: miniutbildning',
      'målgrupp: öppen för alla',
      `start: ${stockholm('2027-01-07T12:00:00.000Z')}`,
    ]);
    expect(stockholm('2027-01-07T12:00:00.000Z')).toContain('13:00');
    const cancelled = entry({ record: { type: 'training', id: 'U-057' }, action: 'training.changed', changes: [{ field: 'status', from: 'planned', to: 'cancelled' }] });
    expect(auditSentences(cancelled, people, sv)).toEqual(['Maria Lindqvist ändrade status på utbildningen U-057 från planerad till inställd']);
    expect(auditSentences(created, people, en).slice(1)).toEqual(['kind: mini-training', 'audience: open to all', 'start: 2027-01-07T12:00:00.000Z']);
  });
  it('says which cost cell changed, from → to, with its context in the headline (Kostnadskalkyl)', () => {
    const e = entry({
      record: { type: 'costs', id: 'default' },
      action: 'costs.cellChanged',
      changes: [
        { field: '@section', from: null, to: 'licenser' },
        { field: '@row', from: null, to: 'Microsoft 365' },
        { field: '@year', from: null, to: 2027 },
        { field: '@side', from: null, to: 'external' },
        { field: '@measure', from: null, to: 'budget' },
        { field: '@scenario', from: null, to: 'Teams som softphone' },
        { field: 'kronor', from: 1000, to: 2500 },
      ],
    });
    expect(auditSentences(e, people, sv)).toEqual([
      'Maria Lindqvist ändrade Licenser › Microsoft 365, 2027, externa kostnader, budget (Teams som softphone) i kostnadskalkylen',
      'belopp (kr): 1000 → 2500',
    ]);
    const outcome = entry({ ...e, changes: [...e.changes.filter((c) => c.field !== '@scenario').map((c) => (c.field === '@measure' ? { ...c, to: 'outcome' } : c))] });
    expect(auditSentences(outcome, people, en)[0]).toBe('Maria Lindqvist changed Licences › Microsoft 365, 2027, external costs, outcome in the cost calculation');
  });
});
