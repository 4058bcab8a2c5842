import { useCallback, useEffect, useRef, useState } from 'react';
import { searchesDirectory, type DirectoryPerson, type DirectoryStatus, type PeopleAnswer } from '../../domain/directory';
import { ApiError } from '../api';
import { useApp } from '../appContext';

/** How long typing must pause before the server is asked. */
export const SEARCH_DEBOUNCE_MS = 250;
/** Answers a picker keeps (typing back and forth asks nothing again). */
const KEPT_ANSWERS = 40;

export interface DirectorySearch {
  /**
   * The people the server found for what was typed — with the organisation's directory from
   * DIRECTORY_MIN_QUERY characters. While that answer is on its way: the answer for the longest
   * shorter text already asked, narrowed to the names that contain what was typed.
   */
  found: readonly DirectoryPerson[];
  /** Whether the answer for what was typed searched the directory (`not_searched` until it is here). */
  directory: DirectoryStatus;
  /** Waiting (the debounce, then the server) for the answer for what was typed. */
  searching: boolean;
  /** The server's message when the signed-in user must consent first (403 consent_required); null otherwise. */
  consent: string | null;
  /** Forgets every answer and asks again (after consent was given). */
  retry: () => void;
}

const keyOf = (text: string) => text.trim().toLocaleLowerCase();
/** Case and accents aside: "ostberg" finds "Östberg". */
export const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('sv');

/**
 * GET /api/people?q= as the user types: debounced, each text asked once per picker (kept in
 * memory), and an older text's answer never shown for a newer one (each answer is kept under its
 * own text and only the one for what is typed now is used). A 403 consent_required stops the
 * searching until `retry`; any other failure counts as the directory being unavailable.
 */
export function useDirectorySearch(query: string): DirectorySearch {
  const { api } = useApp();
  const text = query.trim();
  const key = keyOf(text);
  const wanted = searchesDirectory(text);
  const [answers, setAnswers] = useState<ReadonlyMap<string, PeopleAnswer>>(() => new Map());
  const [failed, setFailed] = useState<string | null>(null);
  const [consent, setConsent] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  // The effect's view of the answers and of what is typed now (an answer may come after both changed).
  const kept = useRef(answers);
  const current = useRef(key);
  const asking = useRef(new Set<string>());

  useEffect(() => {
    current.current = key;
    if (!wanted || consent !== null || kept.current.has(key) || asking.current.has(key)) return undefined;
    const timer = setTimeout(() => {
      asking.current.add(key);
      const asked = api.people({ query: { q: text } });
      void asked.finally(() => asking.current.delete(key)).catch(() => undefined);
      asked.then(
        (answer) => {
          const next = new Map(kept.current);
          next.delete(key);
          next.set(key, answer);
          for (const oldest of next.keys()) {
            if (next.size <= KEPT_ANSWERS) break;
            next.delete(oldest);
          }
          kept.current = next;
          setAnswers(next);
        },
        (error: unknown) => {
          if (current.current !== key) return; // a newer text is typed: this failure says nothing about it
          if (error instanceof ApiError && error.code === 'consent_required') setConsent(error.message);
          else setFailed(key);
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // `text` differs from `key` only in case: the same search.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key, wanted, consent, round]);

  const retry = useCallback(() => {
    kept.current = new Map();
    asking.current.clear();
    setAnswers(kept.current);
    setFailed(null);
    setConsent(null);
    setRound((r) => r + 1);
  }, []);

  const answer = wanted ? answers.get(key) : undefined;
  return {
    found: answer?.items ?? (wanted ? earlierFound(answers, key) : []),
    // An answer from a server that does not yet say whether it searched the directory did not.
    directory: answer ? (answer.directory ?? 'not_searched') : wanted && failed === key ? 'unavailable' : 'not_searched',
    searching: wanted && !answer && consent === null && failed !== key,
    consent,
    retry,
  };
}

/** While the answer for `key` is on its way: the longest shorter text's people whose names still match. */
function earlierFound(answers: ReadonlyMap<string, PeopleAnswer>, key: string): DirectoryPerson[] {
  let best: string | null = null;
  for (const k of answers.keys()) if (key.startsWith(k) && searchesDirectory(k) && (best === null || k.length > best.length)) best = k;
  if (best === null) return [];
  const needle = fold(key);
  return (answers.get(best)?.items ?? []).filter((p) => fold(p.name).includes(needle));
}
