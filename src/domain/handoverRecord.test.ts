import { changeItem } from './checklist';
import { sign } from './checklistSignOff';
import { defaultChecklist } from './checklistTemplate';
import { handoverRecord, localDateTime } from './handoverRecord';
import { addMessages, t } from '../i18n';
import * as texts from '../i18n/tab/handover';
import { johan, maria, sara } from '../../test/helpers/domainFixtures';

addMessages(texts);
const ZONE = 'Europe/Stockholm';
const tick = new Date('2026-11-23T13:05:00Z');
const first = new Date('2026-12-07T08:49:00Z');
const second = new Date('2026-12-07T09:15:00Z');
const printed = new Date('2026-12-08T09:00:00Z');
const value = <T>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r.value;
};

function signedChecklist() {
  let c = value(changeItem(defaultChecklist(), 'T01', 1, { done: true, comment: 'Utsedd av rektor' }, sara, tick)).checklist;
  c = value(sign(c, 'projektägare', johan, first));
  return value(sign(c, 'förvaltningsledare', maria, second));
}

describe('the handover as a record', () => {
  it('writes instants in the app’s zone as the registry does, across summer and winter time', () => {
    expect(localDateTime('2026-12-07T08:49:00Z', ZONE)).toBe('2026-12-07 09:49');
    expect(localDateTime('2026-07-01T22:30:00Z', ZONE)).toBe('2026-07-02 00:30');
    expect(localDateTime('2026-03-29T01:00:00Z', ZONE)).toBe('2026-03-29 03:00');
    expect(localDateTime(null, ZONE)).toBe('');
  });

  it('holds every item with its state, who ticked it and when, and the signatures with local time and checksum', () => {
    const c = signedChecklist();
    const r = handoverRecord(c, 'sv', ZONE, printed, (key, params) => t('sv', key, params));
    expect(r).toMatchObject({
      title: 'Checklista överlämning till förvaltning',
      status: 'Signerad 2026-12-07 10:15',
      signedOff: true,
      extract: 'Utdrag ur Förvaltningsstöd 2026-12-08 10:00',
    });
    expect(r.sections.map((s) => s.title)).toEqual(['Roller och beslut', 'Dokumentation', 'Support och drift', 'Licenser och ekonomi', 'Kompetens och användarstöd', 'Avslut']);
    expect(r.sections.flatMap((s) => s.items)).toHaveLength(24);
    expect(r.sections[0]!.items[0]).toMatchObject({ status: 'Klar', by: 'Sara Nilsson', at: '2026-11-23 14:05', comment: 'Utsedd av rektor' });
    expect(r.sections[0]!.items[1]).toMatchObject({ status: 'Inte klar', by: '', at: '' });
    expect(r.sections[5]!.items[3]).toMatchObject({
      text: 'Formell överlämning signerad av projektägare och mottagare',
      kind: 'signedOff',
      status: 'Klar genom signaturerna',
      by: 'Johan Ek, Maria Lindqvist',
      at: '2026-12-07 10:15',
    });
    expect(r.signatures).toEqual([
      { role: 'projektägare', roleName: 'Projektägare', name: 'Johan Ek', at: '2026-12-07 09:49', hash: c.signatures[0]!.hash },
      { role: 'förvaltningsledare', roleName: 'Förvaltningsledare', name: 'Maria Lindqvist', at: '2026-12-07 10:15', hash: c.signatures[1]!.hash },
    ]);
    expect(r.signatureColumns).toEqual({ role: 'Roll', name: 'Namn', at: 'Tidpunkt', hash: 'Kontrollsumma' });
  });

  it('speaks English, and says when it is a draft', () => {
    const r = handoverRecord(defaultChecklist(), 'en', ZONE, printed, (key, params) => t('en', key, params));
    expect(r).toMatchObject({ title: 'Handover checklist to the administration', status: 'Draft – not signed by both parties', signedOff: false, signatures: [] });
    expect(r.sections[5]!.items[3]).toMatchObject({ text: 'Formal handover signed by project owner and receiver', status: 'Awaiting the signatures' });
    expect(r.columns.by).toBe('Done by');
  });
});
