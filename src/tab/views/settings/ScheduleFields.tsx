import { Checkbox, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useT } from '../../i18n';
import type { FollowUpSchedule, WeekOfMonth, Weekday } from '../../types';
import { fieldsetFrame, fieldsetLegend } from '../../components/fieldset';
import { LocalTimePicker } from '../../components/LocalTimePicker';

/** The choices (kept here, not imported from the domain module, so the tab's chunk stays free of luxon). */
const WEEKS = ['first', 'second', 'third', 'fourth', 'last'] as const satisfies readonly WeekOfMonth[];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const satisfies readonly Weekday[];
const TIME_ZONES = ['Europe/Stockholm', 'Europe/Helsinki', 'Europe/Oslo', 'Europe/Copenhagen', 'Europe/London', 'UTC'];
const MAX_DAYS_BEFORE = 14;

const useStyles = makeStyles({
  fieldset: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    ...fieldsetFrame,
  },
  legend: fieldsetLegend,
  column: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, flexBasis: '100%' },
  select: { minWidth: '170px' },
  // Fluent's combobox is at least 250px wide; a time needs less.
  time: { width: '140px', minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground2, maxWidth: '640px' },
});

interface Props {
  value: FollowUpSchedule;
  onChange: (next: FollowUpSchedule) => void;
  disabled: boolean;
  timeError?: string;
}

/** When the meeting is (the n-th weekday of the month, a time, a zone) and how it is reminded of. */
export function ScheduleFields({ value, onChange, disabled, timeError }: Props) {
  const t = useT();
  const styles = useStyles();
  const set = (patch: Partial<FollowUpSchedule>) => onChange({ ...value, ...patch });
  const zones = TIME_ZONES.includes(value.timeZone) ? TIME_ZONES : [value.timeZone, ...TIME_ZONES];
  return (
    <>
      <fieldset className={styles.fieldset} disabled={disabled}>
        <legend className={styles.legend}>{t('tab.settings.schedule.legend')}</legend>
        <Field label={t('tab.settings.week')}>
          <Select className={styles.select} value={value.rule.week} onChange={(_, d) => set({ rule: { ...value.rule, week: d.value as WeekOfMonth } })}>
            {WEEKS.map((w) => (
              <option key={w} value={w}>
                {t(`tab.settings.week.${w}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('tab.settings.weekday')}>
          <Select className={styles.select} value={value.rule.weekday} onChange={(_, d) => set({ rule: { ...value.rule, weekday: d.value as Weekday } })}>
            {WEEKDAYS.map((w) => (
              <option key={w} value={w}>
                {t(`tab.settings.weekday.${w}`)}
              </option>
            ))}
          </Select>
        </Field>
        <LocalTimePicker label={t('tab.settings.time')} validationMessage={timeError} inputClassName={styles.time} value={value.time} onChange={(time) => set({ time })} />
        <Field label={t('tab.settings.timeZone')}>
          <Select className={styles.select} value={value.timeZone} onChange={(_, d) => set({ timeZone: d.value })}>
            {zones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </Select>
        </Field>
      </fieldset>

      <fieldset className={styles.fieldset} disabled={disabled}>
        <legend className={styles.legend}>{t('tab.settings.reminders.legend')}</legend>
        <Field label={t('tab.settings.daysBefore')}>
          <Select
            className={styles.select}
            value={String(value.reminderDaysBefore)}
            onChange={(_, d) => set({ reminderDaysBefore: Number(d.value) })}
            aria-describedby="settings-working-days"
          >
            {Array.from({ length: MAX_DAYS_BEFORE + 1 }, (_, n) => (
              <option key={n} value={n}>
                {n === 0 ? t('tab.settings.daysBefore.none') : n === 1 ? t('tab.settings.daysBefore.one') : t('tab.settings.daysBefore.other', { count: n })}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.column}>
          <Text id="settings-working-days" className={styles.hint} data-testid="settings-working-days">
            {t('tab.settings.daysBefore.hint')}
          </Text>
          <Checkbox checked={value.onMeetingMorning} onChange={(_, d) => set({ onMeetingMorning: d.checked === true })} label={t('tab.settings.morning')} />
          <Checkbox checked={value.nudges} onChange={(_, d) => set({ nudges: d.checked === true })} label={t('tab.settings.nudges')} />
        </div>
      </fieldset>
    </>
  );
}
