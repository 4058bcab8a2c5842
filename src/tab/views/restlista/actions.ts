import { useState } from 'react';
import type { TabApi } from '../../api';
import type { RestlistaItem } from '../../types';

/** What a write came to, for the form that started it. */
export type RunResult =
  | { ok: true }
  /** The server named a field of this form: show the message there, keep the form open. */
  | { ok: false; fieldError: string; field: string }
  /** Anything else (conflict, forbidden, network): the view says it; the form closes, its draft stays. */
  | { ok: false; fieldError?: undefined };

/** Runs a write for one item (one at a time): on success the list is reloaded and `success` announced. */
export type Run = (write: () => Promise<unknown>, success: string, formFields: readonly string[]) => Promise<RunResult>;

/** What each quick action of a restlista item gets from <ItemActions>. */
export interface ActionProps {
  item: RestlistaItem;
  /** id of the item's heading, so each button says which item it acts on. */
  headingId: string;
  /** A write of this item is under way. */
  busy: boolean;
  run: Run;
  api: TabApi;
  /** Small buttons (the table mode). */
  compact?: boolean;
}

/** Puts what a write came to into its form: see RunResult. */
export function settle(result: RunResult, form: { close: () => void; clear: () => void; showError: (message: string) => void }): void {
  if (result.ok) {
    form.clear();
    form.close();
  } else if (result.fieldError) form.showError(result.fieldError);
  else form.close();
}

/**
 * The state of a quick action's popover form: open or not, the draft (one text), its error.
 * Opening clears the error and, when the draft is empty, starts it from `initial`.
 */
export function useActionForm(initial: string) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | undefined>();
  const openChange = (next: boolean) => {
    if (next) {
      setError(undefined);
      if (!value) setValue(initial);
    }
    setOpen(next);
  };
  const done = (result: RunResult) => settle(result, { close: () => setOpen(false), clear: () => setValue(''), showError: setError });
  return { open, openChange, value, setValue, error, setError, settle: done };
}

export type ActionForm = ReturnType<typeof useActionForm>;
