import { Overflow, OverflowItem, Tab, TabList, makeStyles } from '@fluentui/react-components';
import { Suspense, lazy } from 'react';
import { useT } from '../i18n';
import type { ViewTab } from './viewTab';

const useStyles = makeStyles({
  // The row is as wide as the header gives it, and no wider: Overflow measures it.
  row: { display: 'flex', alignItems: 'center', minWidth: 0, overflow: 'hidden' },
});

// The "Fler" menu is its own chunk (Fluent's Menu weighs ~25 kB gzip), fetched beside the first
// view rather than before it; it measures itself in (useOverflowMenu) once it is there.
const MoreViewsMenu = lazy(() => import('./MoreViewsMenu'));

/**
 * The views as tabs in one row. Those that do not fit the width (nine views beside who is signed
 * in and the view's action do not fit 1366 px) go into a "Fler" menu at the row's end, the chosen
 * view never among them: Fluent's Overflow measures, the tabs keep their arrow-key navigation.
 */
export function ViewTabs({ views, selected, onSelect }: { views: readonly ViewTab[]; selected: string; onSelect: (id: string) => void }) {
  const styles = useStyles();
  const t = useT();
  return (
    <Overflow minimumVisible={2}>
      {/* The menu's button sits beside the tab list, not in it: a tablist holds tabs only. */}
      <div className={styles.row}>
        <TabList selectedValue={selected} onTabSelect={(_, data) => onSelect(String(data.value))}>
          {views.map((v) => (
            // The Tab itself is OverflowItem's child: it takes the ref the overflow measures.
            <OverflowItem key={v.id} id={v.id} priority={v.id === selected ? 2 : 1}>
              <Tab value={v.id} id={`tab-${v.id}`} aria-controls="view">
                {t(v.label)}
              </Tab>
            </OverflowItem>
          ))}
        </TabList>
        <Suspense fallback={null}>
          <MoreViewsMenu views={views} onSelect={onSelect} />
        </Suspense>
      </div>
    </Overflow>
  );
}
