import { Body1 } from '@fluentui/react-components';
import { useT } from '../../i18n';
import { ConfirmDialog } from './ConfirmDialog';
import type { TrainingView } from './types';

/**
 * "Avanmäl mig" asks first: a seat given up goes to the next on the waitlist at once, and a
 * place on the waitlist is lost — neither comes back by signing up again (that is the end of the
 * queue). Keeping the seat is the quiet way out.
 */
export function CancelMineDialog({
  training,
  open,
  onConfirm,
  onClose,
}: {
  training: TrainingView;
  open: boolean;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}) {
  const t = useT();
  const waitlisted = training.myStatus === 'waitlisted';
  return (
    <ConfirmDialog
      open={open}
      title={t(waitlisted ? 'tab.trainings.cancelMine.waitlistTitle' : 'tab.trainings.cancelMine.title', { title: training.title })}
      confirm={t(waitlisted ? 'tab.trainings.cancelMine.leave' : 'tab.trainings.action.cancelMine')}
      dismiss={t(waitlisted ? 'tab.trainings.cancelMine.stay' : 'tab.trainings.cancelMine.keep')}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <Body1 as="p" block>
        {waitlisted
          ? t('tab.trainings.cancelMine.waitlistText', { position: training.myPosition ?? '' })
          : t(training.waitlisted > 0 ? 'tab.trainings.cancelMine.textWaitlist' : 'tab.trainings.cancelMine.text')}
      </Body1>
    </ConfirmDialog>
  );
}
