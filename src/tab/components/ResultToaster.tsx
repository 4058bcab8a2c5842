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
        { intent: 'success', politeness: 'polite', timeout: 6000 },
      ),
    [dispatchToast, testId],
  );
  return { toaster: <Toaster toasterId={toasterId} position="bottom-end" pauseOnHover pauseOnWindowBlur limit={3} />, show };
}
