import { useCallback, useEffect, useState } from 'react';

/** How long a created or changed row stays marked. */
export const FLASH_MS = 2500;

/** A row to mark: its key, and when (the same row saved twice is marked twice). */
export interface RowFlash {
  key: string;
  at: number;
}

/**
 * The row just created or changed, marked for FLASH_MS and then not. The mark is one signal of
 * several: the view also announces the save in its status region.
 */
export function useRowFlash(ms = FLASH_MS): [RowFlash | null, (key: string) => void] {
  const [flash, setFlash] = useState<RowFlash | null>(null);
  useEffect(() => {
    if (!flash) return;
    const timer = window.setTimeout(() => setFlash(null), ms);
    return () => window.clearTimeout(timer);
  }, [flash, ms]);
  const mark = useCallback((key: string) => setFlash({ key, at: Date.now() }), []);
  return [flash, mark];
}

/** Whether the reader asked the system for less motion. */
export const prefersReducedMotion = (): boolean => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
