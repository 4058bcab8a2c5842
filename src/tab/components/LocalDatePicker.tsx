import { Field, type FieldProps } from '@fluentui/react-components';
import { DatePicker, type DatePickerProps } from '@fluentui/react-datepicker-compat';
import { type Ref, useCallback, useMemo, useState } from 'react';
import type { Locale } from '../../i18n';
import { intlTag, useLocale, useT } from '../i18n';

/**
 * A calendar date field (YYYY-MM-DD in and out) in the tab's language, not the browser's: Fluent's
 * DatePicker with month and day names from Intl for the locale, Monday first, dates shown as
 * "7 dec. 2026" / "7 Dec 2026", and typed dates read as 2026-12-07, 7/12/2026 or 7.12.2026.
 * A native date input would follow the browser's locale instead.
 */
const MONDAY = 1 as NonNullable<DatePickerProps['firstDayOfWeek']>;

const utcDay = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d, 12));

function names(locale: Locale, options: Intl.DateTimeFormatOptions, days: boolean): string[] {
  const format = new Intl.DateTimeFormat(intlTag(locale), { ...options, timeZone: 'UTC' });
  // 2023-01-01 was a Sunday: days[0] is Sunday, as the calendar expects.
  return Array.from({ length: days ? 7 : 12 }, (_, i) => format.format(days ? utcDay(2023, 0, 1 + i) : utcDay(2023, i, 1)));
}

const isoOf = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

function dateOf(iso: string | null): Date | null {
  const m = iso?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

/** 2026-12-07, 7/12/2026, 7.12.2026, 7-12-2026 → the date; anything else → null. */
export function parseTypedDate(text: string): Date | null {
  const s = text.trim();
  const iso = s.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  const dmy = s.match(/^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!y || !m || !d) return null;
  const date = new Date(Number(y), Number(m) - 1, Number(d));
  return date.getMonth() === Number(m) - 1 && date.getDate() === Number(d) ? date : null;
}

/** The field's own parts a form may set: a hint, required, and its validation (a typed date it cannot read wins). */
type FieldParts = Pick<FieldProps, 'hint' | 'required' | 'validationMessage' | 'validationState' | 'className'>;

export function LocalDatePicker({
  label,
  value,
  onChange,
  inputRef,
  id,
  disabled,
  ...field
}: FieldParts & {
  label: string;
  /** YYYY-MM-DD or null for none. */
  value: string | null;
  onChange: (value: string | null) => void;
  /** The text box, e.g. to focus it when the form says the date is wrong. */
  inputRef?: Ref<HTMLInputElement>;
  /** The text field's id (a form moves the focus to its first field with a problem). */
  id?: string;
  disabled?: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const [invalid, setInvalid] = useState(false);
  const strings = useMemo(
    () => ({
      months: names(locale, { month: 'long' }, false),
      shortMonths: names(locale, { month: 'short' }, false),
      days: names(locale, { weekday: 'long' }, true),
      shortDays: names(locale, { weekday: 'narrow' }, true),
      goToToday: t('tab.date.goToToday'),
      prevMonthAriaLabel: t('tab.date.prevMonth'),
      nextMonthAriaLabel: t('tab.date.nextMonth'),
      prevYearAriaLabel: t('tab.date.prevYear'),
      nextYearAriaLabel: t('tab.date.nextYear'),
      closeButtonAriaLabel: t('tab.date.close'),
    }),
    [locale, t],
  );
  const shown = useMemo(() => new Intl.DateTimeFormat(intlTag(locale), { day: 'numeric', month: 'short', year: 'numeric' }), [locale]);
  // The picker shows its value again whenever the date or the format function changes: both stay
  // the same between renders, or a re-render of the form would wipe what the person is typing.
  const selected = useMemo(() => dateOf(value), [value]);
  const formatDate = useCallback((date?: Date) => (date ? shown.format(date) : ''), [shown]);

  return (
    <Field
      label={label}
      {...field}
      {...(invalid ? { validationMessage: t('tab.date.invalid'), validationState: 'error' as const } : {})}
    >
      <DatePicker
        ref={inputRef}
        id={id}
        disabled={disabled}
        value={selected}
        // The calendar button's own name (by default it is named by the text field's value, which is
        // empty when no date is chosen).
        contentAfter={{ 'aria-labelledby': undefined, 'aria-label': t('tab.date.open') }}
        onSelectDate={(date) => {
          setInvalid(false);
          onChange(date ? isoOf(date) : null);
        }}
        allowTextInput
        parseDateFromString={(text) => {
          const date = parseTypedDate(text);
          setInvalid(text.trim() !== '' && date === null);
          if (text.trim() === '') onChange(null);
          return date;
        }}
        formatDate={formatDate}
        firstDayOfWeek={MONDAY}
        strings={strings}
        placeholder={t('tab.date.placeholder')}
      />
    </Field>
  );
}
