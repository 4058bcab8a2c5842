import { Button, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, CalendarAddRegular, CheckmarkCircleRegular, LockClosedRegular, RenameRegular, DocumentCopyRegular } from '@fluentui/react-icons';
import type { CostScenario } from '../../../domain/costModel';
import { useT } from '../../i18n';
import type { CostDialog } from './CostDialogs';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The förvaltningsledare's actions on the calculation: rows, years, scenarios, the decision, the baseline. */
export function EditorToolbar({
  scenario,
  hasDecided,
  busy,
  onDialog,
  onAddYear,
}: {
  scenario: CostScenario;
  hasDecided: boolean;
  busy: boolean;
  onDialog: (dialog: CostDialog) => void;
  onAddYear: () => void;
}) {
  const t = useT();
  const styles = useStyles();
  const freeze = (
    <Button size="small" icon={<LockClosedRegular />} disabledFocusable={!hasDecided} onClick={() => hasDecided && onDialog({ kind: 'baseline' })}>
      {t('tab.costs.baseline.freeze')}
    </Button>
  );
  return (
    <div role="group" aria-label={t('tab.costs.toolbar')} className={styles.bar} data-testid="costs-toolbar">
      <Button size="small" icon={<AddRegular />} onClick={() => onDialog({ kind: 'addRow' })}>
        {t('tab.costs.rows.add')}
      </Button>
      <Button size="small" icon={<CalendarAddRegular />} disabledFocusable={busy} onClick={onAddYear}>
        {t('tab.costs.years.add')}
      </Button>
      <Button size="small" icon={<DocumentCopyRegular />} onClick={() => onDialog({ kind: 'addScenario' })}>
        {t('tab.costs.scenarios.add')}
      </Button>
      <Button size="small" icon={<RenameRegular />} onClick={() => onDialog({ kind: 'renameScenario', scenario })}>
        {t('tab.costs.scenarios.rename')}
      </Button>
      <Button size="small" icon={<CheckmarkCircleRegular />} onClick={() => onDialog({ kind: 'decide', scenario })}>
        {t('tab.costs.decide.open')}
      </Button>
      {hasDecided ? freeze : <Tooltip content={t('tab.costs.baseline.noDecided')} relationship="description">{freeze}</Tooltip>}
    </div>
  );
}
