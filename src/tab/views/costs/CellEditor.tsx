import { Button, Caption1, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { Checkmark16Regular, Dismiss16Regular } from '@fluentui/react-icons';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { CostEntryInput } from '../../../domain/costEntry';
import type { CostEntry, CostSide } from '../../../domain/costModel';
import { useLocale, useT } from '../../i18n';
import { type Parsed, formatKronor, parseFte, parseHours, parseKronor, previewKronor } from './format';

const useStyles = makeStyles({
  // Over the cell and its neighbours while open: the table keeps its widths.
  panel: {
    position: 'absolute',
    top: 0,
    right: 0,
    zIndex: 3,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalXS,
    minWidth: '100%',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow16,
    textAlign: 'left',
    whiteSpace: 'normal',
  },
  wide: { width: '280px' },
  line: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  input: { width: '140px', flexGrow: 1 },
  amount: { textAlign: 'right' },
  label: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  error: { color: tokens.colorPaletteRedForeground1, maxWidth: '260px' },
  preview: { fontWeight: tokens.fontWeightSemibold },
});

/** What a cell is set to, as the API takes it: kronor, hours × rate or FTE × yearly rate; null clears the cell. */
export type EntryInput = CostEntryInput;

type Mode = EntryInput['kind'];

/**
 * Tabster's arrow keys (the grid) leave the editor's fields alone: left and right move the caret,
 * the arrow keys in the list choose, whatever the caret's place.
 */
const KEEP_KEYS = JSON.stringify({
  focusable: { ignoreKeydown: { ArrowLeft: true, ArrowRight: true, ArrowUp: true, ArrowDown: true, Home: true, End: true, PageUp: true, PageDown: true } },
});

const grouped = (n: number, locale: 'sv' | 'en') => new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 2 }).format(n);

export interface CellEditorProps {
  /** The cell's accessible name: "Budget 2027, Microsoft 365-licenser, externa kostnader". */
  name: string;
  side: CostSide;
  entry: CostEntry | undefined;
  busy: boolean;
  onSave: (entry: EntryInput | null) => void;
  onCancel: () => void;
}

/**
 * The inline editor of a budget or utfall cell. Enter saves, Escape cancels; an amount is whole
 * kronor as written (`1 250 000`, `1250000`); on the internal side "Ange som" also takes hours ×
 * an hourly rate or FTE × a yearly rate, with the kronor shown before saving. What cannot be
 * read is said at the field, and nothing is sent.
 */
export function CellEditor({ name, side, entry, busy, onSave, onCancel }: CellEditorProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const errorId = useId();
  const [mode, setMode] = useState<Mode>(entry?.kind ?? 'kronor');
  const [kronor, setKronor] = useState(entry ? grouped(entry.kronor, locale) : '');
  const [quantity, setQuantity] = useState(entry?.kind === 'hours' ? grouped(entry.hours, locale) : entry?.kind === 'fte' ? grouped(entry.fte, locale) : '');
  const [rate, setRate] = useState(entry?.kind === 'hours' ? grouped(entry.ratePerHour, locale) : entry?.kind === 'fte' ? grouped(entry.ratePerYear, locale) : '');
  const [error, setError] = useState<{ field: 'kronor' | 'quantity' | 'rate'; text: string } | null>(null);
  const first = useRef<HTMLInputElement>(null);
  const rateRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    first.current?.focus();
    first.current?.select();
  }, [mode]);

  const say = (parsed: Parsed<unknown>) => (parsed.ok ? '' : t(`tab.costs.invalid.${parsed.error}`));

  /** The entry the fields make, or null after saying at the field what is wrong. */
  function read(): { entry: EntryInput | null } | null {
    if (mode === 'kronor') {
      const parsed = parseKronor(kronor, locale);
      if (!parsed.ok) return fail('kronor', say(parsed), first.current);
      return { entry: parsed.value === null ? null : { kind: 'kronor', kronor: parsed.value } };
    }
    const q = mode === 'hours' ? parseHours(quantity) : parseFte(quantity);
    if (!q.ok) return fail('quantity', say(q), first.current);
    const r = parseKronor(rate, locale, 'rate');
    if (!r.ok || r.value === null) return fail('rate', t('tab.costs.invalid.rate'), rateRef.current);
    return { entry: mode === 'hours' ? { kind: 'hours', hours: q.value, ratePerHour: r.value } : { kind: 'fte', fte: q.value, ratePerYear: r.value } };
  }

  function fail(field: 'kronor' | 'quantity' | 'rate', text: string, input: HTMLInputElement | null) {
    setError({ field, text });
    input?.focus();
    return null;
  }

  const save = () => {
    if (busy) return;
    const result = read();
    if (result) onSave(result.entry);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') {
      event.preventDefault();
      save();
    }
  };

  // Hours or FTE × rate in whole kronor as typed, by the server's rule (rounded half up).
  const q = mode === 'hours' ? parseHours(quantity) : parseFte(quantity);
  const r = parseKronor(rate, locale, 'rate');
  const preview = mode !== 'kronor' && q.ok && r.ok && r.value !== null ? formatKronor(previewKronor(q.value, r.value), locale) : null;

  const invalid = (field: 'kronor' | 'quantity' | 'rate') =>
    error?.field === field ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {};
  const change = (set: (v: string) => void) => (_: unknown, data: { value: string }) => {
    set(data.value);
    setError(null);
  };

  return (
    <div
      className={mode === 'kronor' ? styles.panel : `${styles.panel} ${styles.wide}`}
      role="group"
      aria-label={name}
      onKeyDown={onKeyDown}
      data-tabster={KEEP_KEYS}
      data-testid="costs-cell-editor"
    >
      {side === 'internal' && (
        <label className={styles.label}>
          <Caption1>{t('tab.costs.cell.as')}</Caption1>
          <Select
            size="small"
            value={mode}
            onChange={(_, data) => {
              setMode(data.value as Mode);
              setError(null);
            }}
          >
            <option value="kronor">{t('tab.costs.cell.asKronor')}</option>
            <option value="hours">{t('tab.costs.cell.asHours')}</option>
            <option value="fte">{t('tab.costs.cell.asFte')}</option>
          </Select>
        </label>
      )}
      {mode === 'kronor' ? (
        <div className={styles.line}>
          <Input
            size="small"
            className={styles.input}
            input={{ ref: first, className: styles.amount, inputMode: 'numeric', autoComplete: 'off' }}
            aria-label={name}
            value={kronor}
            onChange={change(setKronor)}
            {...invalid('kronor')}
          />
          <EditorButtons busy={busy} onSave={save} onCancel={onCancel} />
        </div>
      ) : (
        <>
          <label className={styles.label}>
            <Caption1>{t(mode === 'hours' ? 'tab.costs.cell.hours' : 'tab.costs.cell.fte')}</Caption1>
            <Input
              size="small"
              input={{ ref: first, inputMode: 'decimal', autoComplete: 'off' }}
              value={quantity}
              onChange={change(setQuantity)}
              {...invalid('quantity')}
            />
          </label>
          <label className={styles.label}>
            <Caption1>{t(mode === 'hours' ? 'tab.costs.cell.ratePerHour' : 'tab.costs.cell.ratePerYear')}</Caption1>
            <Input size="small" input={{ ref: rateRef, inputMode: 'numeric', autoComplete: 'off' }} value={rate} onChange={change(setRate)} {...invalid('rate')} />
          </label>
          <div className={styles.line}>
            <Caption1 className={styles.preview} aria-live="polite" data-testid="costs-cell-preview">
              {preview ? t('tab.costs.cell.makes', { amount: preview }) : ''}
            </Caption1>
            <EditorButtons busy={busy} onSave={save} onCancel={onCancel} />
          </div>
        </>
      )}
      {error && (
        <Caption1 id={errorId} className={styles.error} role="alert">
          {error.text}
        </Caption1>
      )}
    </div>
  );
}

function EditorButtons({ busy, onSave, onCancel }: { busy: boolean; onSave: () => void; onCancel: () => void }) {
  const t = useT();
  return (
    <>
      <Button size="small" appearance="primary" icon={<Checkmark16Regular />} aria-label={t('tab.costs.cell.save')} disabledFocusable={busy} onClick={onSave} />
      <Button size="small" icon={<Dismiss16Regular />} aria-label={t('tab.costs.cell.cancel')} onClick={onCancel} />
    </>
  );
}
