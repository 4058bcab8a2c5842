import { Caption1, MessageBar, MessageBarBody, Switch, makeStyles, tokens, useArrowNavigationGroup, useId } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { CostView } from '../../domain/costModel';
import { useApp } from '../appContext';
import { LoadState } from '../components/LoadState';
import { Notice } from '../components/Notice';
import { PageHeading } from '../components/PageHeading';
import { useResultToaster } from '../components/ResultToaster';
import { useT } from '../i18n';
import { type Resource, useResource } from '../useResource';
import { ConflictPanel } from './costs/ConflictPanel';
import { CostTable } from './costs/CostTable';
import { scenarioOf, shownSections, totalsOf } from './costs/model';
import { ScenarioSwitcher } from './costs/ScenarioSwitcher';
import { SideSwitch } from './costs/SideSwitch';
import { useSideMode } from './costs/sideMode';
import { useCellEditing } from './costs/useCellEditing';
import { useCostWrites } from './costs/useCostWrites';
import * as messages from '../../i18n/tab/costs';
import { addMessages } from '../../i18n';

addMessages(messages);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  controls: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/**
 * Kostnader: the kostnadskalkyl — what O365 costs from now on, per year, as budget and utfall,
 * interna resurser and externa kostnader, in named scenarios. Everyone reads; the
 * förvaltningsledare edits. Every figure shown is the API's (CostView.totals).
 */
export default function CostsView() {
  const { api } = useApp();
  const resource = useResource(() => api.costs.read(), [api]);
  return <LoadState resource={resource}>{(view) => <CostsPage view={view} resource={resource} />}</LoadState>;
}

function CostsPage({ view, resource }: { view: CostView; resource: Resource<CostView> }) {
  const t = useT();
  const styles = useStyles();
  const { me } = useApp();
  const { reload } = resource;
  // costs.edit comes with the server side's roles (domain/roles.ts); until then it is read as any right may be.
  const canEdit = Boolean((me.permissions as Partial<Record<string, boolean>>)['costs.edit']);
  const [side, setSide] = useSideMode(me.id);
  const [chosen, setChosen] = useState<string | null>(null);
  const [showRetired, setShowRetired] = useState(false);
  const scenario = scenarioOf(view, chosen);
  const totals = totalsOf(view, scenario.id);
  const sections = useMemo(() => shownSections(view.calculation, showRetired), [view.calculation, showRetired]);
  const retiredCount = view.calculation.rows.filter((r) => r.retired).length;
  const { toaster, show: announce } = useResultToaster('costs-announcement');
  const [error, setError] = useState<string | null>(null);
  const write = useCostWrites(resource);
  const hintId = useId('costs-hint');
  const editing = useCellEditing({ view, scenario, side, canEdit, hintId, write, announce, onError: setError });
  // The table is a grid: the arrow keys move between its amounts, Tab leaves it (Tabster's mover).
  const grid = useArrowNavigationGroup({ axis: 'grid', memorizeCurrent: true });

  // Someone may have changed the calculation while the tab was in the background: fetch again on return.
  useEffect(() => {
    const refresh = () => document.visibilityState === 'visible' && void reload();
    document.addEventListener('visibilitychange', refresh);
    return () => document.removeEventListener('visibilitychange', refresh);
  }, [reload]);

  return (
    <div className={styles.root}>
      <PageHeading id="costs-heading" title={t('tab.costs.title')} intro={t('tab.costs.intro')} />
      {!canEdit && (
        <MessageBar intent="info">
          <MessageBarBody>{t('tab.costs.readOnly')}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.toolbar}>
        <ScenarioSwitcher scenarios={view.calculation.scenarios} chosen={scenario} onChange={setChosen} />
        <div className={styles.controls}>
          <SideSwitch side={side} onChange={setSide} />
          {retiredCount > 0 && (
            <Switch
              checked={showRetired}
              onChange={(_, data) => setShowRetired(data.checked)}
              label={t('tab.costs.showRetired', { count: retiredCount })}
            />
          )}
        </div>
      </div>
      {toaster}
      {error && (
        <Notice intent="error" title={t('tab.costs.error.title')} onDismiss={() => setError(null)} dismissLabel={t('tab.costs.dismiss')} data-testid="costs-error">
          {error}
        </Notice>
      )}
      {editing.conflict && (
        <ConflictPanel conflict={editing.conflict} busy={editing.busy} onUseTheirs={editing.useTheirs} onSaveMine={editing.saveMine} />
      )}
      {editing.editable && <Caption1 id={hintId}>{t('tab.costs.cell.hint')}</Caption1>}
      <CostTable
        view={view}
        scenario={scenario}
        totals={totals}
        sections={sections}
        side={side}
        amount={editing.editable ? editing.amount : undefined}
        gridAttributes={editing.editable ? grid : undefined}
      />
    </div>
  );
}
