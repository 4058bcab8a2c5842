import { Button, Combobox, Dropdown, Field, Input, Option, makeStyles, tokens } from '@fluentui/react-components';
import { type FormEvent, useMemo, useState } from 'react';
import { AUDIT_RECORD_TYPES, type AuditPerson } from '../../../domain/audit';
import { LocalDatePicker } from '../../components/LocalDatePicker';
import { DirectoryNotices } from '../../components/DirectoryNotices';
import { PersonOptions, asPerson, isTypingClear, usePeopleOptions } from '../../components/people';
import { useT } from '../../i18n';
import type { TrailFilter } from './useTrail';
import { fieldsetFrame, fieldsetLegend } from '../../components/fieldset';

const useStyles = makeStyles({
  form: { ...fieldsetFrame, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  legend: fieldsetLegend,
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  field: { minWidth: '200px' },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS },
});

const ALL = '';

interface Draft {
  type: string;
  recordId: string;
  person: { id: string; name: string } | null;
  from: string | null;
  to: string | null;
}
const EMPTY: Draft = { type: ALL, recordId: '', person: null, from: null, to: null };

/** What the filter form asks for, as the API's query. */
function filterOf(d: Draft): TrailFilter {
  const id = d.recordId.trim();
  return {
    ...(d.type && id ? { record: `${d.type}:${id}` } : d.type ? { type: d.type } : {}),
    ...(d.person ? { person: d.person.id } : {}),
    ...(d.from ? { from: d.from } : {}),
    ...(d.to ? { to: d.to } : {}),
  };
}

/** Kind of record (and a key), person, days: applied with "Visa", cleared with "Rensa filter". */
export function TrailFilters({ known, onApply }: { known: readonly AuditPerson[]; onApply: (filter: TrailFilter) => void }) {
  const t = useT();
  const styles = useStyles();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [idError, setIdError] = useState<string | undefined>();
  const [query, setQuery] = useState('');
  const pinned = useMemo(() => known.map((p) => ({ id: p.id, name: p.name })), [known]);
  const search = query.trim().toLocaleLowerCase() === draft.person?.name.toLocaleLowerCase() ? '' : query;
  const people = usePeopleOptions(pinned, search);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (draft.recordId.trim() && !draft.type) {
      setIdError(t('tab.auditLog.recordIdNeedsType'));
      return;
    }
    setIdError(undefined);
    onApply(filterOf(draft));
  };
  const clear = () => {
    setDraft(EMPTY);
    setQuery('');
    setIdError(undefined);
    onApply({});
  };
  const typeLabel = (type: string) => t(type ? `tab.auditLog.type.${type as (typeof AUDIT_RECORD_TYPES)[number]}` : 'tab.auditLog.type.all');

  return (
    <form className={styles.form} onSubmit={apply} aria-labelledby="audit-filters-legend" role="search">
      <div id="audit-filters-legend" className={styles.legend}>
        {t('tab.auditLog.filters')}
      </div>
      <div className={styles.row}>
        <Field label={t('tab.auditLog.type')} className={styles.field}>
          <Dropdown
            value={typeLabel(draft.type)}
            selectedOptions={[draft.type]}
            onOptionSelect={(_, data) => setDraft((d) => ({ ...d, type: data.optionValue ?? ALL }))}
          >
            {[ALL, ...AUDIT_RECORD_TYPES].map((type) => (
              <Option key={type || 'all'} value={type}>
                {typeLabel(type)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field
          label={t('tab.auditLog.recordId')}
          hint={t('tab.auditLog.recordIdHint')}
          validationMessage={idError}
          validationState={idError ? 'error' : 'none'}
          className={styles.field}
        >
          <Input value={draft.recordId} maxLength={40} onChange={(_, data) => setDraft((d) => ({ ...d, recordId: data.value }))} />
        </Field>
        <div className={styles.field}>
          <Field label={t('tab.auditLog.person')}>
            <Combobox
              value={query}
              selectedOptions={draft.person ? [draft.person.id] : []}
              placeholder={t('tab.auditLog.personPlaceholder')}
              clearable
              onChange={(event) => setQuery(event.target.value)}
              onOptionSelect={(event, data) => {
                if (isTypingClear(event, data)) return;
                const found = people.options.find((p) => p.id === data.optionValue);
                const person = found ? asPerson(found) : null;
                setDraft((d) => ({ ...d, person }));
                setQuery(person?.name ?? '');
              }}
              onBlur={() => setQuery(draft.person?.name ?? '')}
            >
              <PersonOptions people={people.options} />
            </Combobox>
          </Field>
          <DirectoryNotices people={people} />
        </div>
      </div>
      <div className={styles.row}>
        <div className={styles.field}>
          <LocalDatePicker label={t('tab.auditLog.from')} value={draft.from} onChange={(from) => setDraft((d) => ({ ...d, from }))} />
        </div>
        <div className={styles.field}>
          <LocalDatePicker label={t('tab.auditLog.to')} value={draft.to} onChange={(to) => setDraft((d) => ({ ...d, to }))} />
        </div>
      </div>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary">
          {t('tab.auditLog.apply')}
        </Button>
        <Button onClick={clear}>{t('tab.auditLog.clear')}</Button>
      </div>
    </form>
  );
}
