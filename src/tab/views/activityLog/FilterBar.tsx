import { Button, Field, SearchBox, Select, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { STATUSES } from '../../../domain/activity';
import { useCategories, useCategoryOption } from '../../categories';
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

/** Status, owner and category (native selects: light, and every screen reader knows them), overdue only, and free-text search. */
export function FilterBar({ filters, q, owners, onFilters, onQuery }: FilterBarProps) {
  const t = useT();
  const categories = useCategories();
  const categoryOption = useCategoryOption();
  const styles = useStyles();
  const all = t('tab.activityLog.filter.all');
  const active = filters.status.length + filters.owner.length + filters.category.length > 0 || filters.overdue || q.trim() !== '';

  return (
    <div role="group" aria-label={t('tab.activityLog.filter.label')} className={styles.bar}>
      <Field label={t('tab.activityLog.field.status')}>
        <Select
          className={styles.dropdown}
          value={filters.status[0] ?? ''}
          onChange={(_, d) => onFilters({ ...filters, status: d.value ? [d.value as Status] : [] })}
        >
          <option value="">{all}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`tab.status.${s}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('tab.activityLog.field.owner')}>
        <Select
          className={styles.dropdown}
          value={filters.owner[0] ?? ''}
          onChange={(_, d) => onFilters({ ...filters, owner: d.value ? [d.value] : [] })}
        >
          <option value="">{all}</option>
          <option value={NO_OWNER}>{t('tab.unassigned')}</option>
          {owners.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('tab.activityLog.field.category')}>
        <Select
          className={styles.dropdown}
          value={filters.category[0] ?? ''}
          onChange={(_, d) => onFilters({ ...filters, category: d.value ? [d.value as Category] : [] })}
        >
          <option value="">{all}</option>
          {categories.items.map((c) => (
            <option key={c.name} value={c.name}>
              {categoryOption(c)}
            </option>
          ))}
        </Select>
      </Field>
      {/* What the search looks in, as the box's placeholder rather than a line of its own under it. */}
      <Field label={t('tab.activityLog.filter.search')} className={styles.search}>
        <SearchBox
          value={q}
          placeholder={t('tab.activityLog.filter.searchHint')}
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
