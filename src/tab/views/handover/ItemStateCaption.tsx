import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, CircleRegular, ClockRegular } from '@fluentui/react-icons';
import type { ItemState } from '../../../domain/checklist';
import { useTimeZone } from '../../appContext';
import { type Translate, useLocale, useT } from '../../i18n';
import { formatDay } from './format';

/**
 * An item's state in words under its text: "Klar av Johan Ek 23 nov. 2026", "Inte klar", and for
 * the sign-off item "Klar genom signaturerna: Anders Berg och Maria Lindqvist 7 dec. 2026" or
 * that it becomes done when both have signed.
 */
const useStyles = makeStyles({
  state: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  done: { color: tokens.colorPaletteGreenForeground1 },
});

/** "A", "A och B", "A, B och C". */
export function joinNames(names: readonly string[], t: Translate): string {
  if (names.length < 2) return names[0] ?? '';
  return t('tab.handover.item.and', { first: names.slice(0, -1).join(', '), second: names[names.length - 1]! });
}

export function ItemStateCaption({ state }: { state: ItemState }) {
  const t = useT();
  const locale = useLocale();
  const zone = useTimeZone();
  const styles = useStyles();
  const done = <CheckmarkCircleRegular className={styles.done} aria-hidden />;
  switch (state.kind) {
    case 'signedOff':
      return (
        <Caption1 className={styles.state}>
          {done}
          {t('tab.handover.item.signedOff', {
            names: joinNames(state.signatures.map((s) => s.by.name), t),
            date: formatDay(state.at, locale, zone),
          })}
        </Caption1>
      );
    case 'awaitingSignatures':
      return (
        <Caption1 className={styles.state}>
          <ClockRegular aria-hidden />
          {t('tab.handover.item.awaitingSignatures')}
        </Caption1>
      );
    case 'done':
      return (
        <Caption1 className={styles.state}>
          {done}
          {state.by ? t('tab.handover.item.doneBy', { name: state.by.name, date: formatDay(state.at, locale, zone) }) : t('tab.handover.record.status.done')}
        </Caption1>
      );
    default:
      return (
        <Caption1 className={styles.state}>
          <CircleRegular aria-hidden />
          {t('tab.handover.item.notDone')}
        </Caption1>
      );
  }
}
