import { useCallback, useEffect, useRef, useState } from 'react';

/** Loads data for a view; keeps the last good data while reloading; never leaves a spinner on an error. */
export interface Resource<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  /** Loads again; resolves with what was loaded (undefined if it failed or a newer load took over). */
  reload: () => Promise<T | undefined>;
  /** Replace the data locally after a successful write (no round trip). */
  setData: (update: T | ((current: T | undefined) => T)) => void;
}

export function useResource<T>(load: () => Promise<T>, deps: readonly unknown[]): Resource<T> {
  const [data, setDataState] = useState<T | undefined>(undefined);
  const [error, setError] = useState<Error | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);

  const reload = useCallback(async (): Promise<T | undefined> => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const value = await load();
      if (mine !== generation.current) return undefined;
      setDataState(value);
      setError(undefined);
      return value;
    } catch (e) {
      if (mine !== generation.current) return undefined;
      setError(e as Error);
      return undefined;
    } finally {
      if (mine === generation.current) setLoading(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  useEffect(() => {
    void reload();
  }, [reload]);

  const setData = useCallback((update: T | ((current: T | undefined) => T)) => {
    setDataState((current) => (typeof update === 'function' ? (update as (c: T | undefined) => T)(current) : update));
  }, []);

  return { data, error, loading, reload, setData };
}
