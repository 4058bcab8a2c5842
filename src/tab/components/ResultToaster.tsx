import { Toast, ToastTitle, Toaster, useId, useToastController } from '@fluentui/react-components';
import { type ReactElement, useCallback } from 'react';

/**
 * What an action did ("Du är anmäld till …"), shown as a toast at the bottom of the tab, where the
 * eye sees it wherever the list was scrolled, and read by screen readers from the toaster's own
 * polite live region. It goes after a few seconds; the next result replaces nothing, it stacks.
 * A view that uses it renders `toaster` once and calls `show`.
 */
export function useResultToaster(testId: string): { toaster: ReactElement; show: (text: string) => void } {
  const toasterId = useId('result-toaster');
  const { dispatchToast } = useToastController(toasterId);
  const show = useCallback(
    (text: string) =>
      dispatchToast(
        <Toast data-testid={testId}>
          <ToastTitle>{text}</ToastTitle>
        </Toast>,
        { intent: 'success', politeness: 'polite', timeout: 5000 },
      ),
    [dispatchToast, testId],
  );
  // Not paused while the pointer rests on it: a toast over a button would otherwise stay there,
  // and the button under it could not be clicked until the pointer moved away.
  return { toaster: <Toaster toasterId={toasterId} position="bottom-end" pauseOnWindowBlur limit={3} />, show };
}
