import { makeStyles, tokens } from '@fluentui/react-components';
import type { KeyboardEvent } from 'react';
import type { CostEntry, CostSide } from '../../../domain/costModel';
import { CellEditor, type EntryInput } from './CellEditor';

/** The classes of the editable amounts: made once by the table's editing (`useAmountStyles`), not per cell. */
export const useAmountStyles = makeStyles({
  // A plain button (hundreds of them: no Fluent Button per cell) that reads as the figure.
  cell: {
    display: 'block',
    width: '100%',
    minHeight: '24px',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    margin: 0,
    border: `${tokens.strokeWidthThin} dashed transparent`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: 'transparent',
    color: 'inherit',
    fontFamily: 'inherit',
    fontSize: 'inherit',
    fontWeight: 'inherit',
    lineHeight: 'inherit',
    textAlign: 'right',
    cursor: 'text',
    ':hover': { border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  how: { display: 'block', fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground2 },
});

export interface EditableAmountProps {
  /** "Budget 2027, Microsoft 365-licenser, externa kostnader". */
  name: string;
  text: string;
  /** How an hours or FTE entry was made ("0,25 FTE × 780 000 kr"), under the amount. */
  how: string | null;
  side: CostSide;
  entry: CostEntry | undefined;
  editing: boolean;
  busy: boolean;
  /** The id of the text that says how to edit ("Enter eller F2 ändrar …"). */
  hintId: string;
  classes: ReturnType<typeof useAmountStyles>;
  /** The cell's key (`cellKey`), by which the focus finds it again. */
  cellKey: string;
  onOpen: () => void;
  onClose: () => void;
  onSave: (entry: EntryInput | null) => void;
}

/**
 * A budget or utfall amount the förvaltningsledare may change: a button in the grid (Enter, F2
 * or a click opens the editor in its place; useCellEditing puts the focus back on it when the
 * editor closes). There are hundreds in a table: words, classes and handlers come ready-made, so
 * a cell has no hooks of its own.
 */
export function EditableAmount({ name, text, how, side, entry, editing, busy, hintId, classes, cellKey, onOpen, onClose, onSave }: EditableAmountProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'F2') {
      event.preventDefault();
      onOpen();
    }
  };
  return (
    <>
      <button
        type="button"
        className={classes.cell}
        aria-label={`${name}: ${text}`}
        aria-describedby={hintId}
        onClick={onOpen}
        onKeyDown={onKeyDown}
        data-cell={name}
        data-cell-key={cellKey}
      >
        {text}
        {how && <span className={classes.how}>{how}</span>}
      </button>
      {editing && <CellEditor name={name} side={side} entry={entry} busy={busy} onSave={onSave} onCancel={onClose} />}
    </>
  );
}
