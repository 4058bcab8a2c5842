import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { useApp } from '../../appContext';
import { useResource } from '../../useResource';

/** A register document as another view names it: its id, title and link. */
export interface RegisterEntry {
  id: string;
  title: string;
  link: string;
}

const RegisterContext = createContext<readonly RegisterEntry[]>([]);

/**
 * The förvaltningsdokumentation register for a view that points at its documents (the handover
 * checklist's evidence): loaded once for the view; while it loads, or if it cannot be read, the
 * view shows the ids alone.
 */
export function RegisterDocumentsProvider({ children }: { children: ReactNode }) {
  const { api } = useApp();
  const resource = useResource(() => api.documents.list(), [api]);
  const items = resource.data?.items;
  const entries = useMemo(() => (items ?? []).map((d) => ({ id: d.id, title: d.title, link: d.link })), [items]);
  return <RegisterContext.Provider value={entries}>{children}</RegisterContext.Provider>;
}

export const useRegisterDocuments = (): readonly RegisterEntry[] => useContext(RegisterContext);
