import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircle16Filled, Circle16Regular } from '@fluentui/react-icons';
import { useT } from '../../i18n';
import type { RestlistaItem } from '../../types';
import { useMeetingStyles } from './styles';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyleType: 'none' },
  step: { justifyContent: 'flex-start', textAlign: 'start', fontWeight: tokens.fontWeightRegular, minWidth: 0, width: '100%' },
  // A bar at the start, not a background: it keeps the text's contrast in every theme.
  current: { fontWeight: tokens.fontWeightSemibold, boxShadow: `inset 3px 0 0 ${tokens.colorCompoundBrandStroke}` },
  done: { color: tokens.colorPaletteGreenForeground1 },
  state: { color: tokens.colorNeutralForeground2 },
});

interface Props {
  items: readonly RestlistaItem[];
  recorded: ReadonlySet<string>;
  /** The item shown now (items.length: none, e.g. while finishing). */
  current: number;
  onGo: (index: number) => void;
}

/**
 * The meeting's items in the order it steps through them: which are recorded (a check and the
 * word, so it is not colour alone), which is shown now (aria-current="step"), and a click or Enter
 * goes to one.
 */
export function StepList({ items, recorded, current, onGo }: Props) {
  const t = useT();
  const styles = useStyles();
  const ms = useMeetingStyles();
  return (
    <nav className={ms.section} aria-labelledby="meeting-steps-heading" data-testid="meeting-steps">
      <h3 id="meeting-steps-heading" className={ms.h4}>
        {t('tab.meeting.steps.heading')}
      </h3>
      <ol className={styles.list}>
        {items.map((item, i) => {
          const key = item.activity.key;
          const done = recorded.has(key);
          return (
            <li key={key} data-key={key} data-done={done}>
              <Button
                appearance="subtle"
                className={mergeClasses(styles.step, i === current && styles.current)}
                aria-current={i === current ? 'step' : undefined}
                icon={done ? <CheckmarkCircle16Filled className={styles.done} /> : <Circle16Regular />}
                onClick={() => onGo(i)}
              >
                <span>
                  <span className={ms.key}>{key}</span> {item.activity.title}
                  {done && <span className={styles.state}>{` – ${t('tab.meeting.steps.done')}`}</span>}
                </span>
              </Button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
