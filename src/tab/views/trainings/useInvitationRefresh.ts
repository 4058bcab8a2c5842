import { useEffect, useRef } from 'react';
import { useT } from '../../i18n';
import { stateText } from './InvitationState';
import type { InvitationStatus, TrainingView } from './types';

/** While a training's invitation waits for its sync: the scheduler sends it within its interval (30 s by default). */
export const PENDING_REFRESH_MS = 10_000;
/** While one is stopped: the server checks again every INVITATION_RECHECK_MS (10 min by default), so now and then is enough. */
export const STOPPED_REFRESH_MS = 60_000;

/**
 * Keeps the organiser's invitation states current without a reload by hand: while a shown
 * training's invitation is waiting (or stopped), the data is loaded again now and then — only
 * while the tab is visible. A training whose invitation settles (up to date, or stopped) between
 * two loads is said once in the view's polite status region; nothing is said when nothing
 * changed, nor for "waiting", which follows the organiser's own change and would talk over
 * what that change announced. Without trainings (not shown now) it neither loads nor speaks.
 */
export function useInvitationRefresh(
  trainings: readonly TrainingView[] | undefined,
  reload: () => Promise<unknown>,
  announce: (text: string) => void,
): void {
  const t = useT();
  const seen = useRef<Map<string, InvitationStatus['state']> | null>(null);

  useEffect(() => {
    if (!trainings) {
      seen.current = null;
      return;
    }
    const now = new Map<string, InvitationStatus['state']>();
    for (const training of trainings) if (training.invitation?.status) now.set(training.id, training.invitation.status.state);
    const before = seen.current;
    seen.current = now;
    if (!before) return;
    const settled = trainings.filter((training) => {
      const state = now.get(training.id);
      const was = before.get(training.id);
      return state !== undefined && was !== undefined && state !== was && state !== 'pending';
    });
    if (settled.length > 0) {
      announce(
        settled
          .map((training) => t('tab.trainings.invitation.announce', { title: training.title, state: stateText(training.invitation!.status!, t) }))
          .join(' '),
      );
    }
  }, [trainings, announce, t]);

  const states = (trainings ?? []).map((training) => training.invitation?.status?.state);
  const every = states.includes('pending') ? PENDING_REFRESH_MS : states.includes('failed') ? STOPPED_REFRESH_MS : null;
  useEffect(() => {
    if (every === null) return;
    const timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') void reload();
    }, every);
    return () => clearInterval(timer);
  }, [every, reload]);
}
