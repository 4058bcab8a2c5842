import { Button, Caption1, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { Suspense, lazy, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useApp } from '../appContext';
import { LoadState } from '../components/LoadState';
import { PageHeading } from '../components/PageHeading';
import { ViewAction } from '../components/ViewAction';
import { intlTag, todayIn, useLocale, useT } from '../i18n';
import type { Activity, Person } from '../types';
import { useResource } from '../useResource';
import { CategoriesContext, DEFAULT_CATEGORIES } from '../categories';
import type { Categories } from '../../domain/categories';
import type { Action } from '../../domain/roles';
import { ActivityGrid } from './activityLog/ActivityGrid';
import { ExportButtons } from './activityLog/ExportButtons';
import { FilterBar } from './activityLog/FilterBar';
import { Pager } from './activityLog/Pager';
import { RowFlash, useRowFlash } from './activityLog/useRowFlash';
import { DEFAULT_SORT, Filters, NO_FILTERS, SortColumn, SortState, filtered as filterItems, sorted as sortItems } from './activityLog/query';
import * as messages from '../../i18n/tab/activityLog';
import { addMessages } from '../../i18n';

addMessages(messages);

// The dialog and the history panel are their own chunks: the grid is usable before they load,
// and they are fetched while the browser is idle so opening them is still instant.
const loadDialog = () => import('./activityLog/ActivityDialog').then((m) => ({ default: m.ActivityDialog }));
const loadDrawer = () => import('./activityLog/HistoryDrawer').then((m) => ({ default: m.HistoryDrawer }));
const ActivityDialog = lazy(loadDialog);
const HistoryDrawer = lazy(loadDrawer);

/** Rows per page: a page renders at once even when the log has thousands of items. */
const PAGE_SIZE = 50;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  notice: { minHeight: '28px' },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS },
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    // Invisible in light and dark, a visible edge in high contrast (where shadows do not show).
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
  },
});

type DialogTarget = { activity: Activity | null } | null;

/** The activity log (aktivitetslogg): filter, sort, page, create and edit, history, export. */
export default function ActivityLogView() {
  const { api, me } = useApp();
  const t = useT();
  const styles = useStyles();
  const list = useResource(() => api.activities.list().then((r) => r.items), [api]);
  const people = useResource(() => api.people().then((r) => r.items), [api]);
  // The kept categories (labels, what the form offers); the defaults until they are here or if they fail.
  const categories = useResource(() => api.categories.read(), [api]);

  const [filters, setFiltersState] = useState<Filters>(NO_FILTERS);
  const [q, setQState] = useState('');
  const [sort, setSortState] = useState<SortState>(DEFAULT_SORT);
  const [page, setPage] = useState(1);
  const [dialog, setDialog] = useState<DialogTarget>(null);
  const [drawer, setDrawer] = useState<{ key: string; title: string } | null>(null);
  const [notice, setNotice] = useState('');
  const [flash, markRow] = useRowFlash();

  useEffect(() => {
    performance.mark('fs:view-mounted');
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 200));
    idle(() => {
      void loadDialog();
      void loadDrawer();
    });
  }, []);

  const can = (action: Action) => me.permissions[action] === true;
  const setFilters = (f: Filters) => {
    setFiltersState(f);
    setPage(1);
  };
  const setQ = (value: string) => {
    setQState(value);
    setPage(1);
  };
  const onSort = useCallback((column: SortColumn) => {
    setSortState((s) => ({ column, direction: s.column === column && s.direction === 'ascending' ? 'descending' : 'ascending' }));
    setPage(1);
  }, []);
  const onOpen = useCallback((activity: Activity) => setDialog({ activity }), []);
  const onHistory = useCallback((a: Activity) => setDrawer({ key: a.key, title: a.title }), []);

  const replace = (a: Activity) => list.setData((items = []) => (items.some((i) => i.key === a.key) ? items.map((i) => (i.key === a.key ? a : i)) : [...items, a]));

  // The owners offered first (the owner picker adds the organisation's directory as the user types)
  // and by which the dialog names the owner: everyone the server knows, and everyone who owns an item.
  const knownPeople = useMemo(() => {
    const map = new Map<string, Person>();
    for (const p of people.data ?? []) map.set(p.id, p);
    for (const a of list.data ?? []) if (a.owner && !map.has(a.owner.id)) map.set(a.owner.id, a.owner);
    return [...map.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }, [people.data, list.data]);

  return (
    <CategoriesContext.Provider value={categories.data ?? DEFAULT_CATEGORIES}>
    <section className={styles.root} aria-labelledby="activity-log-heading">
      <ViewAction>
        {can('activity.create') && (
          <Button appearance="primary" icon={<AddRegular />} onClick={() => setDialog({ activity: null })}>
            {t('tab.activityLog.new')}
          </Button>
        )}
      </ViewAction>
      <PageHeading id="activity-log-heading" title={t('tab.activityLog.heading')} intro={t('tab.activityLog.intro')}>
        {!can('activity.create') && <Caption1>{t('tab.activityLog.readOnly')}</Caption1>}
        {/* What was saved, said beside the heading: the list below does not move down for it. */}
        <div role="status" aria-live="polite">
          {notice && (
            <MessageBar intent="success" className={styles.notice}>
              <MessageBarBody>{notice}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      </PageHeading>
      <LoadState resource={list}>
        {(items) => (
          <LogContent
            items={items}
            filters={filters}
            q={q}
            sort={sort}
            page={page}
            onFilters={setFilters}
            onQuery={setQ}
            onSort={onSort}
            onPage={setPage}
            onOpen={onOpen}
            onHistory={onHistory}
            flash={flash}
          />
        )}
      </LoadState>
      {dialog && (
        <Suspense fallback={null}>
        <ActivityDialog
          target={dialog.activity}
          people={knownPeople}
          peopleError={people.error?.message}
          canEdit={can(dialog.activity ? 'activity.edit' : 'activity.create')}
          canDelete={can('activity.delete')}
          onClose={() => setDialog(null)}
          onSaved={(a, created) => {
            replace(a);
            setDialog(null);
            markRow(a.key);
            setNotice(t(created ? 'tab.activityLog.created' : 'tab.activityLog.savedItem', { key: a.key }));
          }}
          onDeleted={(key) => {
            list.setData((items = []) => items.filter((i) => i.key !== key));
            setDialog(null);
            setNotice(t('tab.activityLog.deletedItem', { key }));
          }}
          onCurrent={replace}
        />
        </Suspense>
      )}
      {drawer && (
        <Suspense fallback={null}>
          <HistoryDrawer activityKey={drawer.key} title={drawer.title} canComment={can('activity.comment')} onClose={() => setDrawer(null)} />
        </Suspense>
      )}
    </section>
    </CategoriesContext.Provider>
  );
}

interface LogContentProps {
  items: readonly Activity[];
  filters: Filters;
  q: string;
  sort: SortState;
  page: number;
  onFilters: (f: Filters) => void;
  onQuery: (q: string) => void;
  onSort: (column: SortColumn) => void;
  onPage: (page: number) => void;
  onOpen: (a: Activity) => void;
  onHistory: (a: Activity) => void;
  /** The row just created or changed: shown (its page), scrolled to and marked. */
  flash: RowFlash | null;
}

/** Filters, count, one page of the grid, pager and export; filtering and sorting are memoized. */
function LogContent({ items, filters, q, sort, page, onFilters, onQuery, onSort, onPage, onOpen, onHistory, flash }: LogContentProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const { me } = useApp();
  const today = useMemo(() => todayIn(me.timeZone), [me.timeZone]);
  const owners = useMemo(() => {
    const map = new Map<string, Person>();
    for (const a of items) if (a.owner) map.set(a.owner.id, a.owner);
    return [...map.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }, [items]);
  // Typing stays responsive: the grid follows the search box a moment later on big logs.
  const search = useDeferredValue(q);
  const filtered = useMemo(() => filterItems(items, filters, search, today), [items, filters, search, today]);
  const sorted = useMemo(() => sortItems(filtered, sort), [filtered, sort]);
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const rows = useMemo(() => sorted.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE), [sorted, current]);
  const number = new Intl.NumberFormat(intlTag(locale));
  // A created or changed row on another page than the one shown: go to its page.
  const flashIndex = flash ? sorted.findIndex((a) => a.key === flash.key) : -1;
  const flashPage = flashIndex < 0 ? null : Math.floor(flashIndex / PAGE_SIZE) + 1;
  useEffect(() => {
    if (flashPage !== null && flashPage !== current) onPage(flashPage);
    // Only when a row is marked, not whenever the person pages on.
  }, [flash]);

  return (
    <div className={styles.card}>
      <FilterBar filters={filters} q={q} owners={owners} onFilters={onFilters} onQuery={onQuery} />
      <div className={styles.header}>
        <Text weight="semibold" aria-live="polite" aria-atomic="true" data-testid="result-count">
          {t('tab.activityLog.count', { shown: number.format(sorted.length), total: number.format(items.length) })}
        </Text>
        <ExportButtons filters={filters} q={q} sort={sort} />
      </div>
      <ActivityGrid rows={rows} today={today} sort={sort} onSort={onSort} onOpen={onOpen} onHistory={onHistory} flash={flash} />
      {pages > 1 && <Pager page={current} pages={pages} onPage={onPage} />}
    </div>
  );
}
