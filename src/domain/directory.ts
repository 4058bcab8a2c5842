import { Person } from './person';

/**
 * People from the organisation's directory (Microsoft Graph, through graph/) beside the people
 * the app already knows. A picker asks with what was typed; from DIRECTORY_MIN_QUERY characters
 * the directory is searched too, and `directory` says whether it was.
 */
export interface DirectoryPerson extends Person {
  mail?: string;
  /** Shown where the tenant lets the app read them. */
  jobTitle?: string;
  department?: string;
}

/**
 * - `included`: the directory was searched and its people are in the answer;
 * - `not_searched`: fewer than DIRECTORY_MIN_QUERY characters were typed;
 * - `off`: the app has no directory (GRAPH=off, or not configured);
 * - `unavailable`: the directory did not answer in time, was throttled or refused: the answer
 *   holds only the people the app knows.
 */
export type DirectoryStatus = 'included' | 'not_searched' | 'off' | 'unavailable';

export const DIRECTORY_MIN_QUERY = 2;
/** The most people one answer offers. */
export const PEOPLE_LIMIT = 25;

export interface PeopleAnswer {
  items: DirectoryPerson[];
  directory: DirectoryStatus;
}

/** Whether `q` is long enough to search the directory with. */
export const searchesDirectory = (q: string | undefined): q is string => (q ?? '').trim().length >= DIRECTORY_MIN_QUERY;

/**
 * One list from the people the app knows (already narrowed to the query) and those the
 * directory found: known people first (their names as the app has them, with what the directory
 * adds about them), then the directory's in its own order (relevance), each person once, at most `limit`.
 */
export function mergePeople(known: readonly Person[], found: readonly DirectoryPerson[], limit = PEOPLE_LIMIT): DirectoryPerson[] {
  const byId = new Map(found.map((p) => [p.id.toLowerCase(), p] as const));
  const seen = new Set<string>();
  const out: DirectoryPerson[] = [];
  const add = (p: DirectoryPerson) => {
    const id = p.id.toLowerCase();
    if (seen.has(id) || out.length >= limit) return;
    seen.add(id);
    out.push(p);
  };
  for (const p of known) add({ ...byId.get(p.id.toLowerCase()), id: p.id, name: p.name });
  for (const p of found) add(p);
  return out;
}
