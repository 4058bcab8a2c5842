import { useCallback, useState } from 'react';

/** The restlista as cards (the default) or as a compact table. */
export type ViewMode = 'cards' | 'table';

/** Per person in this browser: localStorage keyed by the signed-in user's id (Entra object id, or the demo user's). */
const storageKey = (userId: string) => `forvaltningsstod.restlista.view.${userId}`;

function readMode(userId: string): ViewMode {
  try {
    return window.localStorage.getItem(storageKey(userId)) === 'table' ? 'table' : 'cards';
  } catch {
    // Storage blocked (some embedded browsers): the default, every time.
    return 'cards';
  }
}

/** The view mode the person chose last time, and a setter that remembers the new one. */
export function useViewMode(userId: string): [ViewMode, (mode: ViewMode) => void] {
  const [mode, setMode] = useState<ViewMode>(() => readMode(userId));
  const choose = useCallback(
    (next: ViewMode) => {
      setMode(next);
      try {
        window.localStorage.setItem(storageKey(userId), next);
      } catch {
        // Not remembered; the choice still holds until the tab is reloaded.
      }
    },
    [userId],
  );
  return [mode, choose];
}
