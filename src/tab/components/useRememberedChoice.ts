import { useCallback, useState } from 'react';

/**
 * A choice a person makes in a view (the restlista's cards or table, the cost table's side),
 * remembered per person in this browser: localStorage, keyed by the view's name and the signed-in
 * user's id (Entra object id, or the demo user's). Where storage is blocked (some embedded
 * browsers) the default holds each time the tab loads, and a choice until it is reloaded.
 */
export function useRememberedChoice<T extends string>(name: string, userId: string, choices: readonly T[], fallback: T): [T, (choice: T) => void] {
  const key = `forvaltningsstod.${name}.${userId}`;
  const [choice, setChoice] = useState<T>(() => {
    try {
      const stored = window.localStorage.getItem(key);
      return choices.find((c) => c === stored) ?? fallback;
    } catch {
      return fallback;
    }
  });
  const choose = useCallback(
    (next: T) => {
      setChoice(next);
      try {
        window.localStorage.setItem(key, next);
      } catch {
        // Not remembered; the choice still holds until the tab is reloaded.
      }
    },
    [key],
  );
  return [choice, choose];
}
