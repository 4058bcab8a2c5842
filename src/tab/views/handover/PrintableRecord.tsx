import { createPortal } from 'react-dom';
import type { MessageKey } from '../../../i18n';
import { handoverRecord } from '../../../domain/handoverRecord';
import { useTimeZone } from '../../appContext';
import { useLocale, useT } from '../../i18n';
import type { ChecklistView } from '../../types';

/**
 * The handover checklist as a printed record (for diariet): what the browser's "Skriv ut / Spara
 * som PDF" gives in the handover view — the title and state, every item with its state, who
 * ticked it and when, and the signatures with their local time and whole checksum. It lives
 * beside the app (a portal into <body>) and its own print stylesheet hides everything else, so
 * the paper has no navigation, buttons or tab chrome; on screen it is not shown. Paper is
 * white whatever the theme: the record has its own black-on-white colours.
 */
const CSS = `
@media screen { [data-handover-record] { display: none !important; } }
@media print {
  @page { margin: 15mm; }
  html, body { background: #fff !important; color: #000 !important; height: auto !important; overflow: visible !important; }
  body > *:not([data-handover-record]) { display: none !important; }
  [data-handover-record] { display: block; background: #fff; color: #000; font: 10pt/1.4 "Segoe UI", system-ui, sans-serif; }
  [data-handover-record] h1 { font-size: 16pt; margin: 0 0 4pt; }
  [data-handover-record] h2 { font-size: 12pt; margin: 12pt 0 4pt; break-after: avoid; }
  [data-handover-record] p { margin: 0 0 2pt; }
  [data-handover-record] table { width: 100%; border-collapse: collapse; table-layout: fixed; }
  [data-handover-record] section + section, [data-handover-record] .record-note { margin-top: 6pt; }
  [data-handover-record] th, [data-handover-record] td { border: 0.5pt solid #555; padding: 2pt 4pt; text-align: left; vertical-align: top; }
  [data-handover-record] th { background: #eee; }
  [data-handover-record] tr { break-inside: avoid; }
  [data-handover-record] .record-time { white-space: nowrap; }
  [data-handover-record] .record-hash { font-family: Consolas, "Courier New", monospace; word-break: break-all; }
}`;

/** The same columns in every section's table: item, status, done by, time, responsible, comment. */
const ITEM_COLUMNS = ['34%', '11%', '15%', '12%', '12%', '16%'];
const SIGNATURE_COLUMNS = ['16%', '18%', '14%', '52%'];

export function PrintableRecord({ checklist, printedAt }: { checklist: ChecklistView; printedAt: Date }) {
  const t = useT();
  const locale = useLocale();
  const zone = useTimeZone();
  const r = handoverRecord(checklist, locale, zone, printedAt, (key, params) => t(key as MessageKey, params));
  const c = r.columns;
  return createPortal(
    <div data-handover-record="" data-testid="handover-record" lang={locale}>
      <style>{CSS}</style>
      <h1>{r.title}</h1>
      <p>
        <strong>{r.status}</strong>
      </p>
      <p>{r.extract}</p>
      {r.sections.map((section) => (
        <section key={section.id} aria-labelledby={`record-section-${section.id}`}>
          <h2 id={`record-section-${section.id}`}>{section.title}</h2>
          <table aria-labelledby={`record-section-${section.id}`}>
            <colgroup>
              {ITEM_COLUMNS.map((width, i) => (
                <col key={i} style={{ width }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{c.item}</th>
                <th scope="col">{c.status}</th>
                <th scope="col">{c.by}</th>
                <th scope="col">{c.at}</th>
                <th scope="col">{c.responsible}</th>
                <th scope="col">{c.comment}</th>
              </tr>
            </thead>
            <tbody>
              {section.items.map((item) => (
                <tr key={item.id} data-item={item.id}>
                  <td>{item.text}</td>
                  <td>{item.status}</td>
                  <td>{item.by}</td>
                  <td className="record-time">{item.at}</td>
                  <td>{item.responsible}</td>
                  <td>
                    {item.comment}
                    {item.evidence && (
                      <>
                        {item.comment && <br />}
                        {c.evidence}: {item.evidence}
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <section aria-labelledby="record-signatures" data-testid="record-signatures">
        <h2 id="record-signatures">{r.signaturesTitle}</h2>
        {r.signatures.length === 0 ? (
          <p>{t('tab.handover.record.noSignatures')}</p>
        ) : (
          <table aria-labelledby="record-signatures">
            <colgroup>
              {SIGNATURE_COLUMNS.map((width, i) => (
                <col key={i} style={{ width }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{r.signatureColumns.role}</th>
                <th scope="col">{r.signatureColumns.name}</th>
                <th scope="col">{r.signatureColumns.at}</th>
                <th scope="col">{r.signatureColumns.hash}</th>
              </tr>
            </thead>
            <tbody>
              {r.signatures.map((s) => (
                <tr key={s.role}>
                  <td>{s.roleName}</td>
                  <td>{s.name}</td>
                  <td className="record-time">{s.at}</td>
                  <td className="record-hash">{s.hash}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="record-note">{r.hashNote}</p>
      </section>
    </div>,
    document.body,
  );
}
