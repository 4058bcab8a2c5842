import { Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { ORIGINS, PRIORITIES, STATUSES, isClosed } from '../../../domain/activity';
import { useCategories, useCategoryOption } from '../../categories';
import { useT } from '../../i18n';
import type { Category, Origin, Person, Priority, Status } from '../../types';
import { FieldErrors, FieldName, FormValues } from './form';
import { OwnerPicker } from '../../components/OwnerPicker';
import { LocalDatePicker } from '../../components/LocalDatePicker';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
  },
  wide: { gridColumn: '1 / -1' },
});

/** The id of a field's control, to move focus to the first field with a problem. */
export const fieldId = (field: FieldName) => `activity-field-${field}`;

export interface ActivityFormFieldsProps {
  values: FormValues;
  errors: FieldErrors;
  readOnly: boolean;
  /** The people offered first as owner (the log's); the directory adds more as the user types. */
  people: readonly Person[];
  /** The owner as the form has it now (values.ownerId as a person). */
  owner: Person | null;
  onChange: (change: Partial<FormValues>) => void;
  /** An owner was picked (null: nobody): the editor keeps the person, who may be new to the log. */
  onOwner: (owner: Person | null) => void;
}

/** Title, description, category, owner, status, priority, due date, origin and — when closing — the resolution note. */
export function ActivityFormFields({ values, errors, readOnly, people, owner, onChange, onOwner }: ActivityFormFieldsProps) {
  const t = useT();
  const categories = useCategories();
  const categoryOption = useCategoryOption();
  const styles = useStyles();
  const label = (field: FieldName) => t(`tab.activityLog.field.${field}`);
  const closed = isClosed(values.status);

  return (
    <div className={styles.grid}>
      <Field label={label('title')} required validationMessage={errors.title} className={styles.wide}>
        <Input
          id={fieldId('title')}
          value={values.title}
          readOnly={readOnly}
          onChange={(_, d) => onChange({ title: d.value })}
        />
      </Field>
      <Field label={label('description')} hint={t('tab.activityLog.dialog.descriptionHint')} validationMessage={errors.description} className={styles.wide}>
        <Textarea
          id={fieldId('description')}
          value={values.description}
          readOnly={readOnly}
          resize="vertical"
          rows={3}
          onChange={(_, d) => onChange({ description: d.value })}
        />
      </Field>
      <Field label={label('category')} validationMessage={errors.category}>
        <Select id={fieldId('category')} value={values.category} disabled={readOnly} onChange={(_, d) => onChange({ category: d.value as Category })}>
          {/* Active categories, and the item's own if it was retired since (it may keep it). */}
          {categories.items
            .filter((c) => !c.retired || c.name === values.category)
            .map((c) => (
              <option key={c.name} value={c.name}>
                {categoryOption(c)}
              </option>
            ))}
        </Select>
      </Field>
      <OwnerPicker
        id={fieldId('owner')}
        label={label('owner')}
        validationMessage={errors.owner}
        value={owner}
        known={people}
        disabled={readOnly}
        onChange={onOwner}
      />
      <Field label={label('status')} validationMessage={errors.status}>
        <Select id={fieldId('status')} value={values.status} disabled={readOnly} onChange={(_, d) => onChange({ status: d.value as Status })}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`tab.status.${s}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={label('priority')} validationMessage={errors.priority}>
        <Select id={fieldId('priority')} value={values.priority} disabled={readOnly} onChange={(_, d) => onChange({ priority: d.value as Priority })}>
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {t(`tab.priority.${p}`)}
            </option>
          ))}
        </Select>
      </Field>
      <LocalDatePicker
        id={fieldId('dueDate')}
        label={label('dueDate')}
        validationMessage={errors.dueDate}
        value={values.dueDate || null}
        disabled={readOnly}
        onChange={(dueDate) => onChange({ dueDate: dueDate ?? '' })}
      />
      <Field label={label('origin')} validationMessage={errors.origin}>
        <Select id={fieldId('origin')} value={values.origin} disabled={readOnly} onChange={(_, d) => onChange({ origin: d.value as Origin })}>
          {ORIGINS.map((o) => (
            <option key={o} value={o}>
              {t(`tab.origin.${o}`)}
            </option>
          ))}
        </Select>
      </Field>
      {closed && (
        <Field
          label={label('resolution')}
          required
          hint={t('tab.activityLog.dialog.resolutionHint')}
          validationMessage={errors.resolution}
          className={styles.wide}
        >
          <Textarea
            id={fieldId('resolution')}
            value={values.resolution}
            readOnly={readOnly}
            resize="vertical"
            rows={2}
            onChange={(_, d) => onChange({ resolution: d.value })}
          />
        </Field>
      )}
    </div>
  );
}
