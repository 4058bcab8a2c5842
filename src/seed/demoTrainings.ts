import { DateTime } from 'luxon';
import { CommandContext } from '../commands/context';
import { Training, TrainingFields, TrainingStatus, newTraining } from '../domain/training';
import { Registrant, Registration } from '../domain/registration';
import { importDecision, signUpDecision } from '../domain/trainingChange';
import { Person } from '../domain/person';
import { changeEntry } from '../domain/auditDiff';
import { unwrap } from '../domain/problem';
import { findDevUser } from '../auth/devUsers';
import { demoEmail, demoPeople } from './demoPeople';
import { Random, intBetween, pick, seededRandom, shuffled } from './random';

/**
 * Demo trainings in the shape of the seed project: 39 held mini-trainings (Teams meetings of
 * 45–60 minutes over the past autumn term) for DEMO_TRAINING_TOTALS.miniParticipants people,
 * 8 champion sessions for 27 champions, pilot trainings for four leadership groups — all with
 * attendance marked — and 7 upcoming open mini-trainings, some nearly full and one with a
 * waitlist, so that signing up can be tried at once. Times are local Stockholm times built in
 * the time zone. Deterministic: a seeded generator, no Math.random.
 */
export const DEMO_TRAINING_TOTALS = {
  miniHeld: 39,
  /** Unique people in the held mini-trainings; the upcoming ones are signed up from the same staff. */
  miniParticipants: 519,
  championSessions: 8,
  champions: 27,
  pilotGroups: 4,
  upcoming: 7,
} as const;

const MINI_TOPICS: readonly { title: string; description: string }[] = [
  { title: 'Teams – kom igång', description: 'Chatt, team och kanaler: grunderna för att arbeta i Teams.' },
  { title: 'Möten i Teams', description: 'Boka, håll och följ upp möten: delad skärm, inspelning, mötesanteckningar.' },
  { title: 'Dela filer: OneDrive, SharePoint och Teams', description: 'Var filerna ska ligga, hur du delar och samarbetar i samma dokument.' },
  { title: 'Planner och To Do', description: 'Gruppens uppgifter i Planner, dina egna i To Do.' },
  { title: 'Forms – enkäter och quiz', description: 'Skapa en enkät, dela den och läs resultaten.' },
  { title: 'OneNote för grupper', description: 'Gemensamma anteckningar i teamets anteckningsbok.' },
  { title: 'Säkert samarbete med externa', description: 'Gäster i team, delning utanför universitetet och vad som gäller för känsliga uppgifter.' },
  { title: 'Outlook och kalendern', description: 'Delade kalendrar, mötesförfrågningar och Teams-möten från Outlook.' },
];

/** Upcoming open mini-trainings: days from today, local start time, minutes, seats, sign-ups, close lead. */
const UPCOMING: readonly { topic: number; inDays: number; at: string; minutes: number; capacity: number; signUps: number; lead: number }[] = [
  { topic: 0, inDays: 3, at: '09:00', minutes: 45, capacity: 20, signUps: 18, lead: 0 },
  { topic: 1, inDays: 6, at: '13:00', minutes: 60, capacity: 12, signUps: 15, lead: 0 },
  { topic: 2, inDays: 9, at: '10:00', minutes: 60, capacity: 25, signUps: 9, lead: 0 },
  { topic: 3, inDays: 13, at: '14:00', minutes: 45, capacity: 20, signUps: 19, lead: 24 * 60 },
  { topic: 4, inDays: 16, at: '09:00', minutes: 45, capacity: 30, signUps: 6, lead: 60 },
  { topic: 5, inDays: 21, at: '13:00', minutes: 45, capacity: 15, signUps: 2, lead: 0 },
  { topic: 6, inDays: 27, at: '10:00', minutes: 60, capacity: 20, signUps: 0, lead: 0 },
];

const PILOT_GROUPS: readonly { name: string; size: number }[] = [
  { name: 'Universitetsledningen', size: 7 },
  { name: 'Fakultetsledningen för humaniora', size: 9 },
  { name: 'Förvaltningsledningen', size: 8 },
  { name: 'IT-avdelningens ledningsgrupp', size: 8 },
];

const CHAMPION_TOPICS = ['Uppstart och roller', 'Team och kanaler', 'Möten', 'Filer och delning', 'Planner', 'Support och vanliga frågor', 'Säkerhet', 'Avslutning och fortsättning'];
const TIMES = ['09:00', '10:00', '13:00', '14:00', '15:00'];

type ImportedRegistration = Omit<Registration, 'trainingId' | 'seq' | 'version'>;

function devRegistrant(alias: string, department: string): Registrant {
  const user = findDevUser(alias);
  if (!user) throw new Error(`demo user ${alias} is missing`);
  return { id: user.id, name: user.name, email: demoEmail(user.name), department };
}

const teamsLink = (rng: Random) =>
  `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${Array.from({ length: 24 }, () => pick(rng, [...'abcdefghijklmnopqrstuvwxyz0123456789'])).join('')}%40thread.v2/0`;

/** Monday to Friday, not between Christmas Eve and Epiphany (trettondedag jul). */
const isWorkingDay = (day: DateTime) =>
  day.weekday <= 5 && !((day.month === 12 && day.day >= 24) || (day.month === 1 && day.day <= 6));

const atTime = (day: DateTime, hhmm: string) => {
  const [hour, minute] = hhmm.split(':').map(Number);
  return day.set({ hour: hour!, minute: minute!, second: 0, millisecond: 0 });
};

/**
 * The demo trainings' staff, the same every time: two demo users among the mini-training
 * participants, one among the champions, and generated people for the rest (the demo directory
 * offers the same people). `rng` goes on to draw the rest of the demo.
 */
export function demoStaff(): { rng: Random; karin: Registrant; peter: Registrant; sara: Registrant; generated: Registrant[] } {
  const rng = seededRandom(20_251);
  const karin = devRegistrant('reader', 'Ekonomiavdelningen');
  const peter = devRegistrant('systemowner', 'IT-avdelningen');
  const sara = devRegistrant('member2', 'Institutionen för pedagogik');
  const pilotTotal = PILOT_GROUPS.reduce((sum, g) => sum + g.size, 0);
  const generated = demoPeople(rng, DEMO_TRAINING_TOTALS.miniParticipants - 2 + DEMO_TRAINING_TOTALS.champions - 1 + pilotTotal, [karin, peter, sara]);
  return { rng, karin, peter, sara, generated };
}

export async function seedDemoTrainings(ctx: CommandContext): Promise<number> {
  if ((await ctx.store.trainings.list()).length > 0) return 0;
  if (!(await ctx.store.markOnce('demo-trainings-seeded'))) return 0;

  const { rng, karin, peter, sara, generated } = demoStaff();
  const zone = ctx.timeZone;
  const now = DateTime.fromJSDate(ctx.now()).setZone(zone);
  const organisers: Person[] = ['lead', 'member', 'member2'].map((alias) => {
    const u = findDevUser(alias)!;
    return { id: u.id, name: u.name };
  });
  const [maria, johan] = organisers as [Person, Person, Person];
  const miniPool = [karin, peter, ...generated.splice(0, DEMO_TRAINING_TOTALS.miniParticipants - 2)];
  const champions = [sara, ...generated.splice(0, DEMO_TRAINING_TOTALS.champions - 1)];

  let created = 0;
  const store = ctx.store.trainings;
  const publish = async (fields: TrainingFields, status: TrainingStatus, createdAt: DateTime): Promise<Training> => {
    const draft = unwrap(newTraining(fields, createdAt.toJSDate()));
    created++;
    const stored = status === 'held' ? { ...draft, status, updatedAt: draft.end } : draft;
    return store.create(stored, (id) => changeEntry(stored.createdAt, stored.organiser, { type: 'training', id }, 'training.created', null, stored));
  };
  const attended = (t: Training, people: readonly Registrant[]): ImportedRegistration[] =>
    people
      .map((p) => {
        const registeredAt = DateTime.fromISO(t.start).minus({ days: intBetween(rng, 1, 20), minutes: intBetween(rng, 0, 600) });
        return { ...p, registeredAt: registeredAt.toUTC().toISO()! };
      })
      .sort((a, b) => (a.registeredAt < b.registeredAt ? -1 : 1))
      .map((p) => ({ userId: p.id, name: p.name, email: p.email, department: p.department, status: 'attended', registeredAt: p.registeredAt, updatedAt: t.end }));

  // The past autumn term (weeks 37–51): the last one that has ended (by 22 December).
  const year = now < DateTime.fromObject({ year: now.year, month: 12, day: 22 }, { zone }) ? now.year - 1 : now.year;
  const weekDay = (week: number, weekday: 1 | 2 | 3 | 4 | 5) => DateTime.fromObject({ weekYear: year, weekNumber: week, weekday }, { zone });

  // 39 mini-trainings: Tuesday to Thursday in weeks 37–50, except the autumn break (week 44).
  const days = [];
  for (let week = 37; week <= 50; week++) if (week !== 44) for (const weekday of [2, 3, 4] as const) days.push(weekDay(week, weekday));
  const newcomers = shuffled(rng, miniPool.slice(2));
  newcomers.splice(intBetween(rng, 0, 100), 0, karin);
  newcomers.splice(intBetween(rng, 100, 300), 0, peter);
  const seen: Registrant[] = [];
  for (const [i, day] of days.entries()) {
    const start = atTime(day, pick(rng, TIMES));
    const topic = MINI_TOPICS[i % MINI_TOPICS.length]!;
    const t = await publish(
      {
        ...topic,
        kind: 'miniutbildning',
        audience: { type: 'open' },
        start: start.toISO()!,
        end: start.plus({ minutes: pick(rng, [45, 60]) }).toISO()!,
        meetingUrl: teamsLink(rng),
        place: null,
        capacity: 25,
        organiser: i % 3 === 2 ? johan : maria,
        signUpLeadMinutes: 0,
      },
      'held',
      start.minus({ weeks: 3 }),
    );
    // Spread the newcomers evenly over the sessions; a few come back for another topic.
    const count = Math.floor(((i + 1) * newcomers.length) / days.length) - Math.floor((i * newcomers.length) / days.length);
    const fresh = newcomers.slice(Math.floor((i * newcomers.length) / days.length)).slice(0, count);
    const returning = shuffled(rng, seen).slice(0, intBetween(rng, 0, 4));
    seen.push(...fresh);
    unwrap(await store.change(t.id, importDecision(attended(t, [...fresh, ...returning]), t.organiser, new Date(t.end))));
  }

  // 8 champion sessions (invited: the champions), every other Monday afternoon; each champion comes at least once.
  for (let i = 0; i < DEMO_TRAINING_TOTALS.championSessions; i++) {
    const start = atTime(weekDay(37 + 2 * i, 1), '13:00');
    const t = await publish(
      {
        title: `Championträff ${i + 1}: ${CHAMPION_TOPICS[i]}`,
        description: 'För universitetets Teams-champions: nyheter, frågor från kollegorna och nästa steg.',
        kind: 'champion',
        audience: { type: 'invite', invitees: champions.map((c) => ({ id: c.id, name: c.name })) },
        start: start.toISO()!,
        end: start.plus({ hours: 2 }).toISO()!,
        meetingUrl: null,
        place: 'Universitetsbiblioteket, grupprum Ekorren',
        capacity: 30,
        organiser: maria,
        signUpLeadMinutes: 0,
      },
      'held',
      start.minus({ weeks: 2 }),
    );
    unwrap(await store.change(t.id, importDecision(attended(t, champions.filter((_, n) => n % 8 === i || rng() < 0.6)), t.organiser, new Date(t.end))));
  }

  // Pilot trainings, one per leadership group, by invitation.
  for (const [i, group] of PILOT_GROUPS.entries()) {
    const members = generated.splice(0, group.size);
    const start = atTime(weekDay(37 + 2 * i, 5), '09:00');
    const t = await publish(
      {
        title: `Pilotutbildning: Teams i ${group.name.toLowerCase()}`,
        description: 'Ledningsgruppens arbete i Teams: möten, beslutsunderlag och filer på ett ställe.',
        kind: 'pilot',
        audience: { type: 'invite', invitees: members.map((m) => ({ id: m.id, name: m.name })) },
        start: start.toISO()!,
        end: start.plus({ minutes: 90 }).toISO()!,
        meetingUrl: null,
        place: 'Styrelserummet, Universitetshuset',
        capacity: group.size,
        organiser: maria,
        signUpLeadMinutes: 0,
      },
      'held',
      start.minus({ weeks: 4 }),
    );
    unwrap(await store.change(t.id, importDecision(attended(t, members), t.organiser, new Date(t.end))));
  }

  // Upcoming open mini-trainings, signed up through the store as anyone would be (arrival order = seq).
  const today = now.startOf('day');
  const others = miniPool.filter((p) => p !== karin && p !== peter);
  let previous = today;
  for (const plan of UPCOMING) {
    // A working day, each training on a later day than the one before.
    let day = DateTime.max(today.plus({ days: plan.inDays }), previous.plus({ days: 1 }));
    while (!isWorkingDay(day)) day = day.plus({ days: 1 });
    previous = day;
    const start = atTime(day, plan.at);
    const t = await publish(
      {
        ...MINI_TOPICS[plan.topic]!,
        kind: 'miniutbildning',
        audience: { type: 'open' },
        start: start.toISO()!,
        end: start.plus({ minutes: plan.minutes }).toISO()!,
        meetingUrl: teamsLink(rng),
        place: null,
        capacity: plan.capacity,
        organiser: plan.topic % 2 ? johan : maria,
        signUpLeadMinutes: plan.lead,
      },
      'planned',
      now.minus({ days: 10 }),
    );
    const people = shuffled(rng, others).slice(0, plan.signUps);
    if (plan.topic === 1) people.splice(13, 0, peter); // second on the waitlist
    if (plan.topic === 2) people.splice(4, 0, karin);
    for (const [k, person] of people.entries()) {
      const at = now.minus({ minutes: (people.length - k) * 37 }).toJSDate();
      unwrap(await store.change(t.id, signUpDecision(person, at)));
    }
  }
  return created;
}
