import { createContext, useContext, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * The view's main action ("Ny aktivitet") in the shell's one header row, beside the view tabs and
 * who is signed in, instead of a row of its own. The shell provides the place (`ViewActionSlot`);
 * a view puts its action there with `<ViewAction>`. Outside the shell (no provider) the action
 * stays where the view renders it; while the shell's place is not mounted yet, nothing is shown.
 */
const SlotContext = createContext<HTMLElement | null | undefined>(undefined);

export const ViewActionSlot = SlotContext.Provider;

export function ViewAction({ children }: { children: ReactNode }) {
  const slot = useContext(SlotContext);
  if (slot === undefined) return <>{children}</>;
  return slot ? createPortal(children, slot) : null;
}
