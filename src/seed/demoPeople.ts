import { Registrant } from '../domain/registration';
import { Random, pick } from './random';

/**
 * Staff for the demo trainings: realistic Swedish names from first- and last-name lists,
 * e-mail addresses fornamn.efternamn@exempel.se (å/ä/ö written a/a/o), and the university's
 * departments. Everything comes from a seeded generator, so every seed gives the same people.
 */

const FIRST_NAMES = [
  'Anna', 'Eva', 'Maria', 'Karin', 'Kristina', 'Lena', 'Sara', 'Emma', 'Johanna', 'Sofia', 'Malin', 'Linnéa',
  'Åsa', 'Ingrid', 'Märta', 'Elin', 'Frida', 'Hanna', 'Ida', 'Jenny', 'Helena', 'Camilla', 'Annika', 'Ulla',
  'Birgitta', 'Louise', 'Matilda', 'Agnes', 'Cecilia', 'Therese', 'Lars', 'Anders', 'Johan', 'Per', 'Erik',
  'Karl', 'Peter', 'Mikael', 'Jan', 'Hans', 'Fredrik', 'Magnus', 'Daniel', 'Mattias', 'Andreas', 'Björn',
  'Göran', 'Jörgen', 'Örjan', 'Håkan', 'Stefan', 'Henrik', 'Oskar', 'Gustav', 'Nils', 'Olof', 'Axel', 'Viktor',
  'Jonas', 'Martin', 'Ali', 'Fatima', 'Amir', 'Leila', 'Mohammed', 'Yasmin',
] as const;

const LAST_NAMES = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson',
  'Gustafsson', 'Pettersson', 'Jonsson', 'Hansson', 'Bengtsson', 'Lindberg', 'Jakobsson', 'Magnusson',
  'Lindström', 'Olofsson', 'Lindqvist', 'Lindgren', 'Berg', 'Axelsson', 'Bergström', 'Lundberg', 'Lundgren',
  'Lundqvist', 'Mattsson', 'Berglund', 'Fredriksson', 'Sandberg', 'Henriksson', 'Forsberg', 'Sjöberg', 'Wallin',
  'Engström', 'Danielsson', 'Håkansson', 'Eklund', 'Lundin', 'Gunnarsson', 'Björk', 'Holm', 'Samuelsson',
  'Fransson', 'Wikström', 'Isaksson', 'Bergman', 'Nyström', 'Holmberg', 'Arvidsson', 'Löfgren', 'Söderberg',
  'Nyberg', 'Blomqvist', 'Claesson', 'Nordström', 'Mårtensson', 'Åberg', 'Ström', 'Hedlund', 'Sundberg',
  'Öberg', 'Ek', 'Holmgren', 'Sjögren', 'Dahl', 'Hägg', 'Bäckström', 'Yilmaz', 'Hussein', 'Ahmadi',
] as const;

/** Departments, most common first (weights: how often staff come from there). */
export const DEPARTMENTS: readonly (readonly [string, number])[] = [
  ['Institutionen för datavetenskap', 8],
  ['Institutionen för pedagogik', 7],
  ['Institutionen för psykologi', 5],
  ['Institutionen för fysik', 4],
  ['Institutionen för kemi', 4],
  ['Institutionen för historiska studier', 4],
  ['Institutionen för språk och litteratur', 5],
  ['Institutionen för medicin', 6],
  ['Juridiska institutionen', 4],
  ['Handelshögskolan', 6],
  ['Ekonomiavdelningen', 6],
  ['HR-avdelningen', 5],
  ['Biblioteket', 6],
  ['Studentavdelningen', 6],
  ['IT-avdelningen', 5],
  ['Kommunikationsavdelningen', 4],
  ['Fastighetsavdelningen', 3],
  ['Forskningsstöd', 3],
];
/** About one in 25 has no department in the directory. */
const UNKNOWN_DEPARTMENT_SHARE = 0.04;

function department(rng: Random): string | null {
  if (rng() < UNKNOWN_DEPARTMENT_SHARE) return null;
  const total = DEPARTMENTS.reduce((sum, [, w]) => sum + w, 0);
  let x = rng() * total;
  for (const [name, weight] of DEPARTMENTS) {
    x -= weight;
    if (x < 0) return name;
  }
  return DEPARTMENTS[DEPARTMENTS.length - 1]![0];
}

/** "Örjan Åberg" → "orjan.aberg@exempel.se". */
export function demoEmail(name: string): string {
  const local = name
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/\s+/)
    .map((part) => part.replace(/[^a-z]/g, ''))
    .join('.');
  return `${local}@exempel.se`;
}

const demoId = (n: number) => `22222222-2222-4222-8222-${String(n).padStart(12, '0')}`;

/**
 * `count` distinct people (distinct e-mail addresses), none with the same address as anyone
 * in `known` (the demo users, who are added to the demo by name).
 */
export function demoPeople(rng: Random, count: number, known: readonly Registrant[] = []): Registrant[] {
  const used = new Set(known.map((p) => p.email));
  const people: Registrant[] = [];
  while (people.length < count) {
    const name = `${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}`;
    const email = demoEmail(name);
    if (used.has(email)) continue;
    used.add(email);
    people.push({ id: demoId(people.length + 1), name, email, department: department(rng) });
  }
  return people;
}
