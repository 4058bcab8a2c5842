import { ActivityFields } from '../domain/activity';

/**
 * A demo activity log drawn from the rollout project that introduced Office 365 and Teams:
 * what it left open when it handed over to the administration. Owners are demo-user aliases
 * (src/auth/devUsers.ts); dates are days relative to the day the demo is seeded, so some are
 * always overdue and some due before the next meeting.
 */
export interface DemoActivity extends Omit<ActivityFields, 'owner' | 'dueDate'> {
  owner: string | null;
  dueInDays: number | null;
  createdDaysAgo: number;
  notes?: { daysAgo: number; text: string; followUp?: boolean }[];
}

export const DEMO_ACTIVITY_LOG: DemoActivity[] = [
  {
    title: 'Inringning till Teams-möten (ljudkonferens)',
    description:
      'Beslutat i telefoniprojektet: alla Teams-möten ska kunna nås via telefon. Licenser för ljudkonferens beställs och rutin för möteslänkar med telefonnummer tas fram.',
    category: 'Telefoni',
    owner: 'member',
    status: 'pågår',
    priority: 'hög',
    dueInDays: -12,
    origin: 'projekt',
    resolution: null,
    createdDaysAgo: 120,
    notes: [
      { daysAgo: 60, text: 'Licenser beställda, väntar på leverans från återförsäljaren.', followUp: true },
      { daysAgo: 28, text: 'Leverans klar. Konfiguration av konferensnummer återstår.', followUp: true },
    ],
  },
  {
    title: 'Teams som softphone – ersätta fasta anknytningar',
    description:
      'Telefoniprojektet beslutade att Teams ska användas som softphone. Pilot med en institution innan breddinförande; nummerportering samordnas med operatören.',
    category: 'Telefoni',
    owner: 'owner',
    status: 'väntar',
    priority: 'hög',
    dueInDays: 45,
    origin: 'projekt',
    resolution: null,
    createdDaysAgo: 118,
    notes: [{ daysAgo: 28, text: 'Väntar på avtal med operatören om nummerportering.', followUp: true }],
  },
  {
    title: 'Utrullning av Office 365 till studenter',
    description:
      'Studenterna ingick inte i medarbetarprojektet. Ett eget projekt med egen styrgrupp behöver beslutas; förvaltningen bevakar att licenser och stöd räcker.',
    category: 'Licenser',
    owner: null,
    status: 'ny',
    priority: 'normal',
    dueInDays: null,
    origin: 'projekt',
    resolution: null,
    createdDaysAgo: 110,
  },
  {
    title: 'Lämna Skype för företag – sista användarna till Teams',
    description:
      'Skype för företag stängs. Kvarvarande användare och mötesrum flyttas till Teams; information till berörda och stöd vid flytten.',
    category: 'Integration',
    owner: 'member2',
    status: 'pågår',
    priority: 'hög',
    dueInDays: 1,
    origin: 'projekt',
    resolution: null,
    createdDaysAgo: 115,
    notes: [{ daysAgo: 28, text: '40 användare kvar, främst mötesrum. Flyttas i två omgångar.', followUp: true }],
  },
  {
    title: 'Framtida kostnadskalkyl för Office 365',
    description:
      'Kalkyl för förvaltningen de kommande åren: licenser, interna resurser (timmar för drift och stöd) och externa kostnader. Underlag till förvaltningsplanen.',
    category: 'Licenser',
    owner: 'lead',
    status: 'pågår',
    priority: 'normal',
    dueInDays: 30,
    origin: 'projekt',
    resolution: null,
    createdDaysAgo: 100,
  },
  {
    title: 'Effektutvärdering vid årsskiftet – redovisas för ledningsgruppen',
    description:
      'Utvärdera införandets effekter (användning, mötesresor, nöjdhet) vid årsskiftet och redovisa för ledningsgruppen. Mått och enkät bestäms i förväg.',
    category: 'Dokumentation',
    owner: 'lead',
    status: 'ny',
    priority: 'normal',
    dueInDays: 60,
    origin: 'projekt',
    resolution: null,
    createdDaysAgo: 95,
  },
  {
    title: 'Uppföljning av championsnätverket',
    description:
      'De 27 champions som utbildades i projektet behöver en fortsättning: träffar varje termin, nyhetsbrev och en kanal för frågor.',
    category: 'Utbildning',
    owner: 'member2',
    status: 'pågår',
    priority: 'normal',
    dueInDays: -4,
    origin: 'projekt',
    resolution: null,
    createdDaysAgo: 90,
    notes: [{ daysAgo: 28, text: 'Första träffen bokad. Intresseanmälan skickad till alla champions.', followUp: true }],
  },
  {
    title: 'Rutin för gäståtkomst i Teams',
    description: 'Hur externa gäster bjuds in, granskas och tas bort. Behöver beslut om vem som får bjuda in gäster.',
    category: 'Support',
    owner: 'member',
    status: 'väntar',
    priority: 'normal',
    dueInDays: -21,
    origin: 'förvaltning',
    resolution: null,
    createdDaysAgo: 70,
  },
  {
    title: 'Ärendekategorier för Teams i servicedesken',
    description: 'Servicedesken behöver kategorier och standardsvar för vanliga Teams-frågor (första linjen).',
    category: 'Support',
    owner: 'systemowner',
    status: 'pågår',
    priority: 'normal',
    dueInDays: 6,
    origin: 'förvaltning',
    resolution: null,
    createdDaysAgo: 40,
  },
  {
    title: 'Lagring och gallring av mötesinspelningar',
    description: 'Var inspelningar sparas, hur länge och vem som äger dem. Samordnas med arkivet.',
    category: 'Integration',
    owner: null,
    status: 'ny',
    priority: 'låg',
    dueInDays: 25,
    origin: 'förvaltning',
    resolution: null,
    createdDaysAgo: 20,
  },
  {
    title: 'Inspelningar av miniutbildningar på medarbetarsidorna',
    description: 'De 39 miniutbildningarna spelades in; inspelningarna publiceras med textning.',
    category: 'Utbildning',
    owner: 'member2',
    status: 'klar',
    priority: 'normal',
    dueInDays: -30,
    origin: 'projekt',
    resolution: 'Publicerade på medarbetarsidorna med textning, länkade från Teams-guiden.',
    createdDaysAgo: 125,
  },
  {
    title: 'Licensinventering A3/A5',
    description: 'Antal och typ av licenser, förnyelsedatum och vem som beställer.',
    category: 'Licenser',
    owner: 'lead',
    status: 'klar',
    priority: 'hög',
    dueInDays: -45,
    origin: 'projekt',
    resolution: 'Inventering klar och överlämnad; förnyelse bevakas i förvaltningsplanen.',
    createdDaysAgo: 125,
  },
  {
    title: 'Namngivningsregler för nya team',
    description: 'Förslag om prefix per organisation för nya team.',
    category: 'Dokumentation',
    owner: 'member',
    status: 'avförd',
    priority: 'låg',
    dueInDays: -60,
    origin: 'projekt',
    resolution: 'Avförd: beslut att inte tvinga prefix; ersätts av rutin för livscykel för team.',
    createdDaysAgo: 125,
  },
  {
    title: 'Pilotutbildning för ledningsgrupperna – uppföljning',
    description: 'Pilotutbildningarna för fyra ledningsgrupper följs upp med en kort enkät.',
    category: 'Utbildning',
    owner: 'member2',
    status: 'klar',
    priority: 'normal',
    dueInDays: -50,
    origin: 'projekt',
    resolution: 'Enkät genomförd; resultaten ingår i effektutvärderingen.',
    createdDaysAgo: 110,
  },
];

/** Handover checklist items already ticked in the demo (template ids), with who is responsible. */
export const DEMO_CHECKLIST_PROGRESS: { id: string; responsible: string; done: boolean; comment?: string }[] = [
  { id: 'T01', responsible: 'systemowner', done: true },
  { id: 'T02', responsible: 'lead', done: true },
  { id: 'T03', responsible: 'member', done: true },
  { id: 'T05', responsible: 'lead', done: true, comment: 'Första tisdagen i månaden kl. 09.00.' },
  { id: 'T06', responsible: 'lead', done: true },
  { id: 'T07', responsible: 'member', done: false, comment: 'Bevakning av Message center återstår.' },
  { id: 'T11', responsible: 'member', done: true },
  { id: 'T15', responsible: 'lead', done: true },
  { id: 'T18', responsible: 'member2', done: true },
  { id: 'T19', responsible: 'member2', done: false },
  { id: 'T21', responsible: 'lead', done: false },
];
