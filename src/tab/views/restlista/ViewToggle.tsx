import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { AppsList20Regular, Table20Regular } from '@fluentui/react-icons';
import { useT } from '../../i18n';
import type { ViewMode } from './viewMode';

const useStyles = makeStyles({
  group: { display: 'flex', gap: tokens.spacingHorizontalXS },
  pressed: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    color: tokens.colorNeutralForeground1Selected,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1Selected}`,
  },
});

/**
 * "Kort | Tabell": two toggle buttons (Buttons with aria-pressed: Fluent's ToggleButton would pull
 * its styles into the tab's first view), the pressed one is how the list is shown.
 */
const MODES: { id: ViewMode; icon: ReactElement }[] = [
  { id: 'cards', icon: <AppsList20Regular /> },
  { id: 'table', icon: <Table20Regular /> },
];

export function ViewToggle({ mode, onChange }: { mode: ViewMode; onChange: (mode: ViewMode) => void }) {
  const t = useT();
  const styles = useStyles();
  return (
    <div role="group" aria-label={t('tab.restlista.view.label')} className={styles.group}>
      {MODES.map(({ id, icon }) => (
        <Button
          key={id}
          size="small"
          icon={icon}
          aria-pressed={mode === id}
          className={mode === id ? styles.pressed : undefined}
          onClick={() => onChange(id)}
        >
          {t(`tab.restlista.view.${id}`)}
        </Button>
      ))}
    </div>
  );
}
