import { Caption1, MessageBar, MessageBarBody, Switch, makeStyles, tokens, useArrowNavigationGroup, useId } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CostRow, CostView } from '../../domain/costModel';
import { useApp } from '../appContext';
import { LoadState } from '../components/LoadState';
import { ExportButtons } from '../components/ExportButtons';
import { Notice } from '../components/Notice';
import { PageHeading } from '../components/PageHeading';
import { useResultToaster } from '../components/ResultToaster';
import { useT } from '../i18n';
import { type Resource, useResource } from '../useResource';
import { BaselineSummary } from './costs/BaselineSummary';
import { ChartSection } from './costs/ChartSection';
import { type CostDialog, CostDialogs } from './costs/CostDialogs';
import { ConflictPanel } from './costs/ConflictPanel';
import { CostTable } from './costs/CostTable';
import { scenarioOf, shownSections, totalsOf } from './costs/model';
import { EditorToolbar } from './costs/EditorToolbar';
import { RowActions } from './costs/RowActions';
import { ScenarioComparison } from './costs/ScenarioComparison';
import { ScenarioSwitcher } from './costs/ScenarioSwitcher';
import { SideSwitch } from './costs/SideSwitch';
import { useSideMode } from './costs/sideMode';
import { useCellEditing } from './costs/useCellEditing';
import { useCostWrites } from './costs/useCostWrites';
import { useRowActions } from './costs/useRowActions';
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
  const { api, me } = useApp();
  const { reload } = resource;
  const canEdit = Boolean(me.permissions['costs.edit']);
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
  const [dialog, setDialog] = useState<CostDialog | null>(null);
  // Where the focus goes when a dialog closes: what opened it (a toolbar button), or the row's
  // menu button (a menu item is gone by then), else the table.
  const returnTo = useRef<() => HTMLElement | null>(() => null);
  const openDialog = useCallback((next: CostDialog) => {
    const from = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const row = 'row' in next ? next.row.id : null;
    returnTo.current = () => (row ? rowMenuButton(row) : from?.isConnected ? from : null);
    setDialog(next);
  }, []);
  const closeDialog = useCallback(() => {
    setDialog(null);
    setTimeout(() => (returnTo.current() ?? tableRegion())?.focus(), 0);
  }, []);
  const [addingYear, setAddingYear] = useState(false);
  const onRowAction = useRowActions({ view, write, announce, onError: setError, onDialog: openDialog });
  const { rows } = view.calculation;
  const rowActions = useCallback(
    (row: CostRow) => {
      const inSection = rows.filter((r) => r.section === row.section);
      return <RowActions row={row} first={inSection[0]?.id === row.id} last={inSection.at(-1)?.id === row.id} onAction={onRowAction} />;
    },
    [rows, onRowAction],
  );
  const addYear = async () => {
    setAddingYear(true);
    const result = await write(() => api.costs.addYear({ body: {}, ifMatch: view.calculation.version }));
    setAddingYear(false);
    if (result.ok) announce(t('tab.costs.years.added', { year: result.view.calculation.years.at(-1) ?? '' }));
    else setError(result.error.status === 412 ? t('tab.costs.conflict.other') : result.error.message);
  };
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
      {canEdit && (
        <EditorToolbar
          scenario={scenario}
          hasDecided={view.calculation.scenarios.some((s) => s.decided)}
          busy={addingYear}
          onDialog={openDialog}
          onAddYear={() => void addYear()}
        />
      )}
      {toaster}
      {error && (
        <Notice intent="error" alert title={t('tab.costs.error.title')} onDismiss={() => setError(null)} dismissLabel={t('tab.costs.dismiss')} data-testid="costs-error">
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
        rowActions={canEdit ? rowActions : undefined}
        gridAttributes={canEdit ? grid : undefined}
      />
      <ChartSection years={view.calculation.years} totals={totals} side={side} scenarioName={scenario.name} />
      <ScenarioComparison view={view} side={side} shown={scenario} />
      <BaselineSummary
        latest={view.calculation.baselines.at(-1)}
        comparison={view.baseline}
        decidedName={view.calculation.scenarios.find((s) => s.id === view.baseline?.scenario)?.name ?? null}
        timeZone={me.timeZone}
      />
      {/* Excel with live formulas (sums and differences), or CSV: the server builds the file. */}
      <ExportButtons fetchFile={(format) => api.costs.export({ query: { format } })} baseName="kostnadskalkyl" hint={t('tab.costs.export.hint')} />
      {dialog && <CostDialogs dialog={dialog} view={view} write={write} announce={announce} onClose={closeDialog} shownScenario={scenario} />}
    </div>
  );
}

const rowMenuButton = (row: string) => document.querySelector<HTMLElement>(`tr[data-row="${row}"] button[aria-haspopup="menu"]`);
const tableRegion = () => document.querySelector<HTMLElement>('[data-testid="costs-table-region"]');
