import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuditEntry, AuditHead, AuditPerson } from '../../../domain/audit';
import { useApp } from '../../appContext';

/** What the Händelselogg asks for (the API's query, as text). */
export interface TrailFilter {
  type?: string;
  record?: string;
  person?: string;
  from?: string;
  to?: string;
}

export interface Trail {
  entries: AuditEntry[];
  /** By pseudonym: who the entries name, as the person table knows them now. */
  people: Map<string, AuditPerson>;
  head: AuditHead | null;
  hasMore: boolean;
  loading: boolean;
  error: Error | null;
  loadMore: () => Promise<void>;
  reload: () => Promise<void>;
}

const PAGE = '50';

/** The trail, newest first, a page at a time: a new filter starts over, "Visa fler" appends the next page. */
export function useTrail(filter: TrailFilter): Trail {
  const { api } = useApp();
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [people, setPeople] = useState(() => new Map<string, AuditPerson>());
  const [head, setHead] = useState<AuditHead | null>(null);
  const [next, setNext] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error | null>(null);
  const generation = useRef(0);

  const load = useCallback(
    async (after: number | null) => {
      const mine = ++generation.current;
      setLoading(true);
      try {
        const page = await api.audit.read({ query: { ...filter, order: 'newest', limit: PAGE, ...(after !== null ? { after: String(after) } : {}) } });
        if (mine !== generation.current) return;
        setEntries((current) => (after === null ? page.entries : [...current, ...page.entries]));
        setPeople((current) => new Map([...(after === null ? [] : current), ...page.people.map((p) => [p.pseudonym, p] as const)]));
        setHead(page.head);
        setNext(page.next);
        setError(null);
      } catch (e) {
        if (mine === generation.current) setError(e as Error);
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [api, filter],
  );

  useEffect(() => {
    void load(null);
  }, [load]);

  return {
    entries,
    people,
    head,
    hasMore: next !== null,
    loading,
    error,
    loadMore: () => load(next),
    reload: () => load(null),
  };
}
