import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { type CellRef, type CostMeasure, type CostRow, type CostScenario, type CostSide, type CostView, cellKey } from '../../../domain/costModel';
import { useApp } from '../../appContext';
import { useLocale, useT } from '../../i18n';
import type { EntryInput } from './CellEditor';
import type { CellConflict } from './ConflictPanel';
import type { AmountSlot } from './CostTable';
import { EditableAmount, useAmountStyles } from './EditableAmount';
import { formatDecimal, formatKronor, previewKronor } from './format';
import { figuresOf, totalsOf } from './model';
import type { SideMode } from './sideMode';
import type { WriteResult } from './useCostWrites';

interface Options {
  view: CostView;
  scenario: CostScenario;
  side: SideMode;
  canEdit: boolean;
  hintId: string;
  write: (call: () => Promise<CostView>) => Promise<WriteResult>;
  announce: (text: string) => void;
  onError: (message: string) => void;
}

interface PendingConflict extends CellConflict {
  ref: CellRef;
  entry: EntryInput | null;
}

/** The kronor an entry makes (hours × rate rounded half up, as the server works it out). */
const kronorOf = (entry: EntryInput): number =>
  entry.kind === 'kronor' ? entry.kronor : entry.kind === 'hours' ? previewKronor(entry.hours, entry.ratePerHour) : previewKronor(entry.fte, entry.ratePerYear);

/**
 * Editing a budget or utfall cell: which cell is open, saving it (If-Match the version shown),
 * saying the result with the new totals, and the conflict when someone else saved it first.
 * The table asks `amount(slot)` for each amount: an editable cell, or undefined for text.
 */
export function useCellEditing({ view, scenario, side, canEdit, hintId, write, announce, onError }: Options) {
  const t = useT();
  const locale = useLocale();
  const { api } = useApp();
  const [editing, setEditing] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<PendingConflict | null>(null);
  const classes = useAmountStyles();
  // When the editor closes (saved, cancelled, or a conflict), the focus goes back to its cell: one effect for the whole table.
  const lastOpen = useRef<string | null>(null);
  useEffect(() => {
    if (editing) lastOpen.current = editing;
    else if (lastOpen.current) {
      document.querySelector<HTMLButtonElement>(`button[data-cell-key="${lastOpen.current}"]`)?.focus();
      lastOpen.current = null;
    }
  }, [editing]);
  // The version a retry ("Spara min ändå") starts from: the one shown now, after the 412 brought it.
  const version = useRef(view.calculation.version);
  version.current = view.calculation.version;

  const nameOf = useCallback(
    (measure: CostMeasure, year: number, row: CostRow, cellSide: CostSide) =>
      t('tab.costs.cell.name', {
        measure: t(measure === 'budget' ? 'tab.costs.col.budget' : 'tab.costs.col.outcome'),
        year,
        row: row.name,
        side: t(`tab.costs.sideLower.${cellSide}`),
      }),
    [t],
  );

  const save = useCallback(
    async (ref: CellRef, row: CostRow, entry: EntryInput | null) => {
      const name = nameOf(ref.measure, ref.year, row, ref.side);
      setBusy(true);
      const body = { measure: ref.measure, ...(ref.measure === 'budget' ? { scenario: ref.scenario } : {}), row: ref.row, year: ref.year, side: ref.side, entry };
      const result = await write(() => api.costs.setCell({ body, ifMatch: version.current }));
      setBusy(false);
      setEditing(null);
      if (result.ok) {
        setConflict(null);
        const totals = totalsOf(result.view, scenario.id);
        const pick = (f: { budget: number; outcome: number }) => formatKronor(ref.measure === 'budget' ? f.budget : f.outcome, locale);
        const params = {
          name,
          amount: entry ? formatKronor(result.view.calculation.cells[cellKey(ref)]?.entry.kronor ?? kronorOf(entry), locale) : '',
          section: t(`tab.costs.section.${row.section}`),
          year: ref.year,
          subtotal: pick(figuresOf(totals?.sections[row.section]?.[ref.year], ref.side)),
          total: pick(figuresOf(totals?.years[ref.year], ref.side)),
        };
        announce(t(entry ? 'tab.costs.saved.cell' : 'tab.costs.saved.cleared', params));
      } else if (result.error.status === 412) {
        const current = result.error.current as CostView | undefined;
        const theirs = current?.calculation.cells[cellKey(ref)]?.entry.kronor;
        setConflict({
          ref,
          entry,
          cell: name,
          theirs: theirs === undefined ? t('tab.costs.conflict.empty') : formatKronor(theirs, locale),
          yours: entry ? formatKronor(kronorOf(entry), locale) : t('tab.costs.conflict.empty'),
          by: current?.calculation.updatedBy?.name ?? '',
          at: current?.calculation.updatedAt ?? null,
        });
      } else {
        onError(result.error.message);
      }
    },
    [api, write, nameOf, scenario.id, locale, t, announce, onError],
  );

  const amount = useCallback(
    (slot: AmountSlot): ReactNode => {
      if (!canEdit || side === 'total' || slot.row.retired) return undefined;
      const ref: CellRef =
        slot.measure === 'budget'
          ? { measure: 'budget', scenario: scenario.id, row: slot.row.id, year: slot.year, side }
          : { measure: 'outcome', row: slot.row.id, year: slot.year, side };
      const key = cellKey(ref);
      const entry = view.calculation.cells[key]?.entry;
      const how =
        entry?.kind === 'hours'
          ? t('tab.costs.cell.enteredAs.hours', { hours: formatDecimal(entry.hours, locale), rate: formatKronor(entry.ratePerHour, locale) })
          : entry?.kind === 'fte'
            ? t('tab.costs.cell.enteredAs.fte', { fte: formatDecimal(entry.fte, locale), rate: formatKronor(entry.ratePerYear, locale) })
            : null;
      return (
        <EditableAmount
          name={nameOf(slot.measure, slot.year, slot.row, side)}
          text={slot.text}
          how={how}
          side={side}
          entry={entry}
          editing={editing === key}
          busy={busy}
          hintId={hintId}
          classes={classes}
          cellKey={key}
          onOpen={() => setEditing(key)}
          onClose={() => setEditing(null)}
          onSave={(entry) => void save(ref, slot.row, entry)}
        />
      );
    },
    [canEdit, side, scenario.id, nameOf, view.calculation.cells, editing, busy, hintId, classes, save, t, locale],
  );

  const conflictRow = conflict ? view.calculation.rows.find((r) => r.id === conflict.ref.row) : undefined;
  return {
    amount,
    /** Any amount is editable here (the table is a grid to move in). */
    editable: canEdit && side !== 'total',
    conflict,
    busy,
    useTheirs: () => setConflict(null),
    saveMine: () => conflict && conflictRow && void save(conflict.ref, conflictRow, conflict.entry),
  };
}
