import { Button, Dropdown, Field, Option, SearchBox, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { CATEGORIES, STATUSES } from '../../../domain/activity';
import { useT } from '../../i18n';
import type { Category, Person, Status } from '../../types';
import { Filters, NO_FILTERS, NO_OWNER } from './query';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
  },
  dropdown: { minWidth: '170px', maxWidth: '240px' },
  search: { minWidth: '260px', flexGrow: 1, maxWidth: '420px' },
  switch: { paddingBottom: tokens.spacingVerticalXXS },
});

export interface FilterBarProps {
  filters: Filters;
  q: string;
  owners: readonly Person[];
  onFilters: (next: Filters) => void;
  onQuery: (q: string) => void;
}

/** Status, owner and category (several each), overdue only, and free-text search. */
export function FilterBar({ filters, q, owners, onFilters, onQuery }: FilterBarProps) {
  const t = useT();
  const styles = useStyles();
  const all = t('tab.activityLog.filter.all');
  const ownerName = (id: string) => (id === NO_OWNER ? t('tab.unassigned') : (owners.find((o) => o.id === id)?.name ?? id));
  const active = filters.status.length + filters.owner.length + filters.category.length > 0 || filters.overdue || q.trim() !== '';

  return (
    <div role="group" aria-label={t('tab.activityLog.filter.label')} className={styles.bar}>
      <Field label={t('tab.activityLog.field.status')}>
        <Dropdown
          multiselect
          className={styles.dropdown}
          placeholder={all}
          value={filters.status.map((s) => t(`tab.status.${s}`)).join(', ')}
          selectedOptions={filters.status}
          onOptionSelect={(_, d) => onFilters({ ...filters, status: d.selectedOptions as Status[] })}
        >
          {STATUSES.map((s) => (
            <Option key={s} value={s}>
              {t(`tab.status.${s}`)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('tab.activityLog.field.owner')}>
        <Dropdown
          multiselect
          className={styles.dropdown}
          placeholder={all}
          value={filters.owner.map(ownerName).join(', ')}
          selectedOptions={filters.owner}
          onOptionSelect={(_, d) => onFilters({ ...filters, owner: d.selectedOptions })}
        >
          <Option value={NO_OWNER}>{t('tab.unassigned')}</Option>
          {owners.map((o) => (
            <Option key={o.id} value={o.id}>
              {o.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('tab.activityLog.field.category')}>
        <Dropdown
          multiselect
          className={styles.dropdown}
          placeholder={all}
          value={filters.category.map((c) => t(`tab.category.${c}`)).join(', ')}
          selectedOptions={filters.category}
          onOptionSelect={(_, d) => onFilters({ ...filters, category: d.selectedOptions as Category[] })}
        >
          {CATEGORIES.map((c) => (
            <Option key={c} value={c}>
              {t(`tab.category.${c}`)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('tab.activityLog.filter.search')} hint={t('tab.activityLog.filter.searchHint')} className={styles.search}>
        <SearchBox
          value={q}
          onChange={(_, d) => onQuery(d.value)}
          dismiss={{ 'aria-label': t('tab.activityLog.filter.clearSearch') }}
        />
      </Field>
      <Switch
        className={styles.switch}
        label={t('tab.activityLog.filter.overdue')}
        checked={filters.overdue}
        onChange={(_, d) => onFilters({ ...filters, overdue: d.checked })}
      />
      {active && (
        <Button
          appearance="subtle"
          icon={<DismissRegular />}
          onClick={() => {
            onFilters(NO_FILTERS);
            onQuery('');
          }}
        >
          {t('tab.activityLog.filter.clear')}
        </Button>
      )}
    </div>
  );
}
