import { Checklist, ChecklistSection, LocalizedText } from './checklist';

/**
 * The default checklist for handing Office 365 over from the rollout project to the
 * administration: 24 items in 6 sections. Swedish is what users see; English is its
 * translation for the en locale.
 */
export const TEMPLATE_SECTIONS: ChecklistSection[] = [
  { id: 'A', title: { sv: 'Roller och beslut', en: 'Roles and decisions' } },
  { id: 'B', title: { sv: 'Dokumentation', en: 'Documentation' } },
  { id: 'C', title: { sv: 'Support och drift', en: 'Support and operations' } },
  { id: 'D', title: { sv: 'Licenser och ekonomi', en: 'Licences and finance' } },
  { id: 'E', title: { sv: 'Kompetens och användarstöd', en: 'Skills and user support' } },
  { id: 'F', title: { sv: 'Avslut', en: 'Closure' } },
];

const item = (sv: string, en: string): LocalizedText => ({ sv, en });

export const TEMPLATE_ITEMS: Record<string, LocalizedText[]> = {
  A: [
    item('Systemgruppsägare/objektägare utsedd och har accepterat uppdraget', 'System owner appointed and has accepted'),
    item('Förvaltningsledare utsedd', 'Administration lead appointed'),
    item('Systemansvarig/teknisk förvaltare och ersättare namngivna', 'System administrator and deputy named'),
    item(
      'Förvaltningsobjektet avgränsat och anmält till systemgruppen Digital arbetsplats',
      'Object scoped and registered in its system group',
    ),
    item('Forum och mötesrytm fastställda (månatligt förvaltningsmöte)', 'Forums and cadence set (monthly meeting)'),
  ],
  B: [
    item(
      'Förvaltningsdokumentation O365 överlämnad och granskad av mottagaren',
      'Administration documentation handed over and reviewed',
    ),
    item(
      'Driftsplan: rutiner för drift och underhåll, bevakning av Microsofts förändringar',
      "Operations plan, incl. tracking Microsoft's changes",
    ),
    item('Förvaltningsplan för nästa år (mål, aktiviteter, budget)', 'Administration plan for next year'),
    item(
      'Informationsklassning, riskanalys och kontinuitetsplan',
      'Information classification, risk analysis, continuity plan',
    ),
    item('Projekthandlingar diarieförda/arkiverade', 'Project records registered and archived'),
  ],
  C: [
    item('Supportrutin: ärendeväg via servicedesk, första/andra linjen, eskalering', 'Support routine'),
    item('Servicenivåer överenskomna internt och med leverantör', 'Service levels agreed'),
    item('Ändringshantering: hur nya behov tas emot, prioriteras och beslutas', 'Change management'),
    item(
      'Behörigheter: administratörsroller överförda, projekt- och gästkonton stängda',
      'Admin roles transferred, project and guest accounts closed',
    ),
  ],
  D: [
    item('Licensinventering och licensavtal (antal, typ, förnyelsedatum)', 'Licence inventory and agreements'),
    item('Konsult- och leverantörsavtal avslutade eller överförda', 'Consultant and supplier contracts closed or transferred'),
    item(
      'Kostnadskalkyl och förvaltningsbudget beslutad (interna resurser och externa kostnader)',
      'Cost calculation and budget decided',
    ),
  ],
  E: [
    item('Utbildningsmaterial (miniutbildningar, guider, inspelningar) med ägare', 'Training material with an owner'),
    item('Plan för fortsatt utbildning och championsnätverk', 'Plan for further training and the champions network'),
    item('Information på medarbetarsidorna uppdaterad', 'Staff intranet pages updated'),
  ],
  F: [
    item(
      'Aktivitetslogg/restlista genomgången: varje öppen punkt har ansvarig och datum',
      'Activity log reviewed: every open item has an owner and a date',
    ),
    item('Effektutvärdering planerad: tidpunkt, mått och ansvarig', 'Effect evaluation planned: when, measures, owner'),
    item('Erfarenheter dokumenterade och slutrapport godkänd', 'Lessons documented, final report approved'),
    item('Formell överlämning signerad av projektägare och mottagare', 'Formal handover signed by project owner and receiver'),
  ],
};

/** A fresh checklist from the template; item ids are T01…T24, so they stay stable. */
export function defaultChecklist(): Checklist {
  let n = 0;
  const items = TEMPLATE_SECTIONS.flatMap((section) =>
    (TEMPLATE_ITEMS[section.id] ?? []).map((text) => ({
      id: `T${String(++n).padStart(2, '0')}`,
      sectionId: section.id,
      text,
      done: false,
      doneBy: null,
      doneAt: null,
      responsible: null,
      comment: '',
      evidenceUrl: null,
      updatedBy: null,
      updatedAt: null,
      version: 1,
    })),
  );
  return { sections: TEMPLATE_SECTIONS, items, signatures: [], signedOffAt: null, version: 0 };
}
