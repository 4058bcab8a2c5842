import { makeStyles, tokens } from '@fluentui/react-components';
import { type KeyboardEvent, useEffect, useRef } from 'react';
import type { CostEntry, CostSide } from '../../../domain/costModel';
import { useLocale, useT } from '../../i18n';
import { CellEditor, type EntryInput } from './CellEditor';
import { formatDecimal, formatKronor } from './format';

const useStyles = makeStyles({
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
  side: CostSide;
  entry: CostEntry | undefined;
  editing: boolean;
  busy: boolean;
  /** The id of the text that says how to edit ("Enter eller F2 ändrar …"). */
  hintId: string;
  onOpen: () => void;
  onClose: () => void;
  onSave: (entry: EntryInput | null) => void;
}

/**
 * A budget or utfall amount the förvaltningsledare may change: a button in the grid (Enter, F2
 * or a click opens the editor in its place); when the editor closes, the focus is back on it.
 */
export function EditableAmount({ name, text, side, entry, editing, busy, hintId, onOpen, onClose, onSave }: EditableAmountProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const button = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  useEffect(() => {
    if (wasEditing.current && !editing) button.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'F2') {
      event.preventDefault();
      onOpen();
    }
  };

  const how =
    entry?.kind === 'hours'
      ? t('tab.costs.cell.enteredAs.hours', { hours: formatDecimal(entry.hours, locale), rate: formatKronor(entry.ratePerHour, locale) })
      : entry?.kind === 'fte'
        ? t('tab.costs.cell.enteredAs.fte', { fte: formatDecimal(entry.fte, locale), rate: formatKronor(entry.ratePerYear, locale) })
        : null;

  return (
    <>
      <button
        ref={button}
        type="button"
        className={styles.cell}
        aria-label={`${name}: ${text}`}
        aria-describedby={hintId}
        onClick={onOpen}
        onKeyDown={onKeyDown}
        data-cell={name}
      >
        {text}
        {how && <span className={styles.how}>{how}</span>}
      </button>
      {editing && <CellEditor name={name} side={side} entry={entry} busy={busy} onSave={onSave} onCancel={onClose} />}
    </>
  );
}
