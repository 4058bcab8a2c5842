import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useT } from '../../i18n';
import { SIDE_MODES, type SideMode } from './sideMode';

const useStyles = makeStyles({
  group: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  pressed: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    color: tokens.colorNeutralForeground1Selected,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1Selected}`,
  },
});

/** "Interna resurser | Externa kostnader | Totalt": toggle buttons (aria-pressed), as the restlista's cards/table switch. */
export function SideSwitch({ side, onChange }: { side: SideMode; onChange: (side: SideMode) => void }) {
  const t = useT();
  const styles = useStyles();
  return (
    <div role="group" aria-label={t('tab.costs.side.label')} className={styles.group} data-testid="costs-side">
      {SIDE_MODES.map((id) => (
        <Button key={id} size="small" aria-pressed={side === id} className={side === id ? styles.pressed : undefined} onClick={() => onChange(id)}>
          {t(`tab.costs.side.${id}`)}
        </Button>
      ))}
    </div>
  );
}
