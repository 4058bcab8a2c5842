import { useCallback, useState } from 'react';

/** Which amounts the table shows: interna resurser, externa kostnader, or both together. */
export type SideMode = 'internal' | 'external' | 'total';
export const SIDE_MODES: readonly SideMode[] = ['internal', 'external', 'total'];

/** Per person in this browser, as the restlista's cards/table switch: localStorage keyed by the signed-in user's id. */
const storageKey = (userId: string) => `forvaltningsstod.costs.side.${userId}`;

function readSide(userId: string): SideMode {
  try {
    const stored = window.localStorage.getItem(storageKey(userId));
    return SIDE_MODES.find((m) => m === stored) ?? 'total';
  } catch {
    // Storage blocked (some embedded browsers): the default, every time.
    return 'total';
  }
}

/** The side the person chose last time, and a setter that remembers the new one. */
export function useSideMode(userId: string): [SideMode, (mode: SideMode) => void] {
  const [mode, setMode] = useState<SideMode>(() => readSide(userId));
  const choose = useCallback(
    (next: SideMode) => {
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
