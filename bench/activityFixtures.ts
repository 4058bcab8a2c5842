import { DateTime } from 'luxon';
import { ActivityFields, Category, Origin, Priority, Status, newActivity } from '../src/domain/activity';
import { Person } from '../src/domain/person';
import { unwrap } from '../src/domain/problem';
import { DEV_USERS } from '../src/auth/devUsers';
import { Store } from '../src/store/store';
import { intBetween, pick as pickFrom, seededRandom } from '../src/seed/random';

/**
 * A large, realistic activity log for benchmarks: the shape of the seed project's log (status
 * mix, owners, categories, due dates around today, Swedish text of varying length), generated
 * from a fixed seed so every run lists the same bytes. Stored straight through the store.
 */

type Weighted<T> = readonly (readonly [T, number])[];

const STATUS_MIX: Weighted<Status> = [['ny', 18], ['pågår', 24], ['väntar', 10], ['klar', 38], ['avförd', 10]];
const PRIORITY_MIX: Weighted<Priority> = [['hög', 15], ['normal', 65], ['låg', 20]];
const CATEGORY_MIX: Weighted<Category> = [
  ['Licenser', 14], ['Utbildning', 22], ['Telefoni', 12], ['Integration', 10], ['Dokumentation', 14], ['Support', 20], ['Övrigt', 8],
];
const ORIGIN_MIX: Weighted<Origin> = [['projekt', 40], ['förvaltning', 60]];

const SUBJECTS = [
  'Inringning till Teams-möten', 'Licenstilldelning för nyanställda', 'Mini-utbildning i OneDrive', 'Champion-träff',
  'Delade postlådor', 'Gäståtkomst i Teams', 'Rutin för arkivering av team', 'Teams som softphone', 'Mötesrum med Teams Rooms',
  'Lathund för SharePoint-behörigheter', 'Integration mot Ladok', 'Synk av grupper från katalogtjänsten', 'Säkerhetskopiering av Exchange',
  'Kalenderdelning mellan enheter', 'Planner för ledningsgrupper', 'Villkorsstyrd åtkomst', 'Namnstandard för team',
  'Tillgänglighetsgranskning av mallar', 'Supportflöde i Servicedesk', 'Utfasning av gamla filservrar',
];
const DETAILS = [
  'utred', 'beställ', 'dokumentera', 'följ upp', 'pilot', 'breddinförande', 'kommunicera', 'testa', 'beslut i styrgruppen', 'uppdatera rutin',
];
const UNITS = [
  'Institutionen för pedagogik', 'Ekonomiavdelningen', 'HR-avdelningen', 'Biblioteket', 'Studentavdelningen', 'Fakultetskansliet',
  'Institutionen för datavetenskap', 'Kommunikationsavdelningen',
];
const SENTENCES = [
  'Beslutat i införandeprojektet och överlämnat till förvaltningen.',
  'Väntar på leverans från återförsäljaren.',
  'Rutinen behöver förankras med systemgruppsägaren innan den publiceras.',
  'Frågan togs upp på månadsmötet; ansvarig återkommer med förslag.',
  'Påverkar cirka 520 medarbetare som gick mini-utbildningarna.',
  'Champions har efterfrågat en kortare lathund på svenska och engelska.',
  'Licenserna räcker inte till alla enheter; omfördelning utreds.',
  'Testat i pilotgruppen utan anmärkning.',
  'Kräver ändring i katalogtjänsten, samordnas med infrastrukturgruppen.',
  'Underlag finns i projektets slutrapport, avsnitt 4.',
];
const RESOLUTIONS = [
  'Klart och dokumenterat i förvaltningshandboken.',
  'Ersatt av nytt ärende efter beslut på månadsmötet.',
  'Genomfört; uppföljning visar att rutinen fungerar.',
  'Avfört: ingår i studentprojektet i stället.',
  'Levererat och kommunicerat till alla enheter.',
];

function picker(random: () => number) {
  const pick = <T>(items: readonly T[]): T => pickFrom(random, items);
  const weighted = <T>(mix: Weighted<T>): T => {
    const total = mix.reduce((sum, [, w]) => sum + w, 0);
    let r = random() * total;
    for (const [value, w] of mix) if ((r -= w) < 0) return value;
    return mix[mix.length - 1]![0];
  };
  const int = (min: number, max: number) => intBetween(random, min, max);
  return { pick, weighted, int };
}

const asPerson = (u: { id: string; name: string }): Person => ({ id: u.id, name: u.name });

/** Builds `count` activities ending around `now` and stores them; returns how many were stored. */
export async function seedActivities(store: Store, count: number, now: Date, timeZone: string, seed = 20260105): Promise<number> {
  const random = seededRandom(seed); // the same data (and response size) every run
  const { pick, weighted, int } = picker(random);
  const people = DEV_USERS.map(asPerson);
  const creators = DEV_USERS.filter((u) => u.role !== 'reader').map(asPerson);
  const end = DateTime.fromJSDate(now);

  for (let i = 0; i < count; i++) {
    const created = end.minus({ minutes: int(0, 540 * 24 * 60) });
    const status = weighted(STATUS_MIX);
    const long = random() < 0.03;
    const description = Array.from({ length: long ? int(12, 25) : int(0, 3) }, () => pick(SENTENCES)).join(' ');
    const fields: ActivityFields = {
      title: `${pick(SUBJECTS)} – ${pick(DETAILS)}${random() < 0.4 ? ` (${pick(UNITS)})` : ''}`,
      description,
      category: weighted(CATEGORY_MIX),
      owner: random() < 0.15 ? null : pick(people),
      status,
      priority: weighted(PRIORITY_MIX),
      // Some without a due date; the rest 1 week to 4 months after creation: overdue and future mixed.
      dueDate: random() < 0.25 ? null : created.setZone(timeZone).plus({ days: int(7, 120) }).toISODate(),
      origin: weighted(ORIGIN_MIX),
      resolution: status === 'klar' || status === 'avförd' ? pick(RESOLUTIONS) : null,
    };
    const { draft, audit } = unwrap(newActivity(fields, pick(creators), created.toJSDate()));
    await store.activities.create(draft, audit);
  }
  return count;
}
