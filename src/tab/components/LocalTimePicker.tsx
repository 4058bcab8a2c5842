import { Field, type FieldProps, makeStyles } from '@fluentui/react-components';
import { TimePicker, formatDateToTimeString } from '@fluentui/react-timepicker-compat';
import { useState } from 'react';
import { useT } from '../i18n';

/**
 * A time of day (HH:MM in and out) on a 24-hour clock in both languages — "09:00", never
 * "09:00 AM" as a native time input shows in an English browser. Fluent's TimePicker: a list
 * every quarter of an hour, and any time typed as 9, 9:30, 9.30 or 0930.
 */
type FieldParts = Pick<FieldProps, 'hint' | 'required' | 'validationMessage' | 'validationState' | 'className'>;

const ANCHOR = new Date(2000, 0, 1);

// The text box may shrink below its default width, so a narrow field keeps its list button.
const useStyles = makeStyles({ input: { minWidth: 0 } });

/** 9 → 09:00, 9:30 / 9.30 / 0930 / 930 → 09:30; anything else (25:00, 9:75, "nio") → null. */
export function parseTypedTime(text: string): string | null {
  const s = text.trim();
  const m = s.match(/^(\d{1,2})(?:[:.]?(\d{2}))?$/);
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function dateOf(time: string): Date | null {
  const parsed = parseTypedTime(time);
  if (!parsed) return null;
  const [h, m] = parsed.split(':').map(Number);
  return new Date(ANCHOR.getFullYear(), ANCHOR.getMonth(), ANCHOR.getDate(), h, m);
}

const format = (date: Date) => formatDateToTimeString(date, { hourCycle: 'h23' });

export function LocalTimePicker({
  label,
  value,
  onChange,
  inputClassName,
  ...field
}: FieldParts & {
  label: string;
  /** HH:MM, or '' for none. */
  value: string;
  onChange: (value: string) => void;
  inputClassName?: string;
}) {
  const t = useT();
  const styles = useStyles();
  const [text, setText] = useState<string | undefined>(undefined);
  const invalid = text !== undefined && text.trim() !== '' && parseTypedTime(text) === null;
  return (
    <Field label={label} {...field} {...(invalid ? { validationMessage: t('tab.time.invalid'), validationState: 'error' as const } : {})}>
      <TimePicker
        className={inputClassName}
        input={{ className: styles.input }}
        freeform
        hourCycle="h23"
        increment={15}
        dateAnchor={ANCHOR}
        formatDateToTimeString={format}
        parseTimeStringToDate={(typed) => ({ date: typed ? dateOf(typed) : null, ...(typed && !dateOf(typed) ? { errorType: 'invalid-input' as const } : {}) })}
        placeholder={t('tab.time.placeholder')}
        selectedTime={dateOf(value)}
        value={text ?? value}
        onInput={(e) => setText((e.target as HTMLInputElement).value)}
        onTimeChange={(_, data) => {
          if (data.selectedTime) {
            setText(undefined);
            onChange(format(data.selectedTime));
          } else {
            // Cleared, or text that is no time: the form sees it as typed and says what is wrong.
            const typed = data.selectedTimeText?.trim() ?? '';
            setText(typed === '' ? undefined : typed);
            onChange(typed);
          }
        }}
      />
    </Field>
  );
}
