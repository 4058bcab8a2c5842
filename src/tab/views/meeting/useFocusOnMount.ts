import { useEffect, useRef } from 'react';

/** A heading that takes focus when its screen or item appears, so screen readers announce it. */
export function useFocusOnMount<T extends HTMLElement>(enabled: boolean, deps: readonly unknown[] = []) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return ref;
}
