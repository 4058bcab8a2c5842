import type { DirectoryPerson } from '../domain/directory';
import { ok } from '../domain/problem';
import type { Directory } from '../graph/directory';
import { DEV_USERS } from '../auth/devUsers';
import { demoEmail } from './demoPeople';
import { demoStaff } from './demoTrainings';
import { pick, seededRandom } from './random';

/**
 * The organisation's directory in dev mode (`npm start` with demo data): the demo users and the
 * demo trainings' staff, with job titles, searched as Graph searches (a word of the name or the
 * mail that starts with what was typed). So the pickers behave as in the tenant without one.
 */
const TITLES = [
  'Universitetslektor', 'Professor', 'Doktorand', 'Administratör', 'Ekonom', 'Studievägledare', 'Bibliotekarie',
  'IT-tekniker', 'Forskningsingenjör', 'Utbildningsadministratör', 'Kommunikatör', 'HR-specialist',
] as const;

function demoDirectoryPeople(): DirectoryPerson[] {
  const rng = seededRandom(7_310);
  const users = DEV_USERS.map((u) => {
    const [jobTitle, department] = u.title.sv.split(', ');
    return { id: u.id, name: u.name, mail: demoEmail(u.name), ...(jobTitle ? { jobTitle } : {}), ...(department ? { department } : {}) };
  });
  // A generated namesake of a demo user would be a second person of the same name in the pickers.
  const known = new Set(users.flatMap((u) => [u.id, u.name]));
  const { generated } = demoStaff();
  const staff = generated
    .filter((p) => !known.has(p.id) && !known.has(p.name))
    .map((p) => ({ id: p.id, name: p.name, ...(p.email ? { mail: p.email } : {}), jobTitle: pick(rng, TITLES), ...(p.department ? { department: p.department } : {}) }));
  return [...users, ...staff];
}

const startsAWord = (value: string | undefined, term: string) =>
  (value ?? '').toLocaleLowerCase('sv').split(/[\s.@-]+/).some((word) => word.startsWith(term));

export function createDemoDirectory(limit = 20): Directory {
  let people: DirectoryPerson[] | undefined;
  return {
    kind: 'demo',
    async searchPeople(_caller, q) {
      people ??= demoDirectoryPeople();
      const terms = q.toLocaleLowerCase('sv').split(/\s+/).filter(Boolean);
      return ok(people.filter((p) => terms.every((t) => startsAWord(p.name, t) || startsAWord(p.mail, t))).slice(0, limit));
    },
  };
}
