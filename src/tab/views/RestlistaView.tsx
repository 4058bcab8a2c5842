import { Button, MessageBar, MessageBarBody, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { type FormEvent, useCallback, useId, useLayoutEffect, useRef, useState } from 'react';
import type { ApiError } from '../api';
import { useApp } from '../appContext';
import { LocalDatePicker } from '../components/LocalDatePicker';
import { useResultToaster } from '../components/ResultToaster';
import { LoadState } from '../components/LoadState';
import { Notice } from '../components/Notice';
import { PageHeading } from '../components/PageHeading';
import { useT } from '../i18n';
import { useResource } from '../useResource';
import { isIsoDate } from './restlista/dates';
import { FilterStatus } from './restlista/FilterStatus';
import { type RestlistaFilter, filterGroups, itemCount } from './restlista/filter';
import type { SavedItem } from './restlista/ItemActions';
import { type PlaceSnapshot, keepPlace, snapshotPlace } from './restlista/keepPlace';
import { OwnerGroup } from './restlista/OwnerGroup';
import { RestlistaTable } from './restlista/RestlistaTable';
import { Summary } from './restlista/Summary';
import { useViewMode } from './restlista/viewMode';
import { ViewToggle } from './restlista/ViewToggle';
import { DocumentsDue } from './documents/DocumentsDue';
import * as messages from '../../i18n/tab/restlista';
import { addMessages } from '../../i18n';

addMessages(messages);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '1100px' },
  wide: { maxWidth: 'none' },
  controls: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  dateForm: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  // Level with the input, below the field's label.
  dateButton: { marginTop: `calc(${tokens.lineHeightBase300} + ${tokens.spacingVerticalXXS})` },
  dateField: { minWidth: '220px' },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  groups: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
});

interface Notice {
  intent: 'warning' | 'error';
  title: string;
  body: string;
}

/**
 * Restlista: the open items by owner, flagged for the next monthly meeting, with quick actions
 * for members (status, new due date, follow-up note), as cards or as a compact table. Every write
 * reloads the list, so flags and grouping are the server's; the saved item stays where it stood,
 * with the focus back on its button, and the result is shown as a toast (and read out). The summary tiles
 * filter the list.
 */
export default function RestlistaView() {
  const t = useT();
  const styles = useStyles();
  const { api, me } = useApp();
  const canEdit = Boolean(me.permissions['activity.edit']);
  const [meeting, setMeeting] = useState<string | null>(null);
  // null: follow the meeting date the list shows; a string once the user edits the field.
  const [dateInput, setDateInput] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | undefined>();
  // The result of a save, seen and heard wherever the list was scrolled.
  const { toaster, show: announce } = useResultToaster('restlista-announcement');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [filter, setFilter] = useState<RestlistaFilter | null>(null);
  const [filterCleared, setFilterCleared] = useState(false);
  const [mode, setMode] = useViewMode(me.id);
  const [placeToKeep, setPlaceToKeep] = useState<PlaceSnapshot | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const summaryId = useId();

  const resource = useResource(
    () => api.restlista({ query: { meeting: meeting ?? undefined } }),
    [api, meeting],
  );
  const { reload } = resource;

  const showDate = (event: FormEvent) => {
    event.preventDefault();
    const wanted = dateInput ?? resource.data?.meetingDate ?? '';
    if (!isIsoDate(wanted)) {
      setDateError(t('tab.restlista.invalidDate'));
      return;
    }
    setDateError(undefined);
    setMeeting(wanted);
  };

  // After the reloaded list is on the screen: the saved item (or the next one) back in its place.
  useLayoutEffect(() => {
    if (!placeToKeep || !listRef.current) return;
    keepPlace(listRef.current, placeToKeep);
    setPlaceToKeep(null);
  }, [placeToKeep, resource.data]);

  const onSaved = useCallback(
    async (message: string, saved: SavedItem) => {
      setNotice(null);
      // Where the item stands now, before the reload moves anything.
      const place = listRef.current ? snapshotPlace(listRef.current, saved) : null;
      await reload();
      announce(message);
      if (place) {
        setPlaceToKeep(place);
        return;
      }
      const keepFocus = () => {
        if (!document.activeElement || document.activeElement === document.body) titleRef.current?.focus({ preventScroll: true });
      };
      for (const ms of [0, 300, 600]) setTimeout(keepFocus, ms);
    },
    [reload, announce],
  );

  const onFailed = useCallback(
    (error: ApiError, key: string) => {
      if (error.status === 412) {
        setNotice({ intent: 'warning', title: t('tab.restlista.conflict.title', { key }), body: t('tab.restlista.conflict.body', { message: error.message }) });
        void reload();
      } else {
        setNotice({ intent: 'error', title: t('tab.restlista.error.title'), body: error.message });
      }
    },
    [reload, t],
  );

  const chooseFilter = (next: RestlistaFilter | null) => {
    setFilterCleared(next === null && filter !== null);
    setFilter(next);
  };

  const showAll = () => {
    const was = filter;
    chooseFilter(null);
    // The button goes away with the filter: the focus goes to the tile that was pressed.
    setTimeout(() => rootRef.current?.querySelector<HTMLElement>(`[data-count="${was ?? 'open'}"]`)?.focus(), 0);
  };

  return (
    <div ref={rootRef} className={mergeClasses(styles.root, mode === 'table' && styles.wide)}>
      <PageHeading id="restlista-heading" title={t('tab.restlista.title')} intro={t('tab.restlista.intro')} headingRef={titleRef} />

      <div className={styles.controls}>
        <form className={styles.dateForm} onSubmit={showDate} noValidate>
          <div className={styles.dateField}>
            <LocalDatePicker
              label={t('tab.restlista.meetingDate')}
              validationMessage={dateError}
              value={dateInput ?? resource.data?.meetingDate ?? null}
              onChange={(value) => {
                setDateError(undefined);
                setDateInput(value ?? '');
              }}
            />
          </div>
          <Button type="submit" className={styles.dateButton}>
            {t('tab.restlista.show')}
          </Button>
          {meeting && (
            <Button
              appearance="subtle"
              className={styles.dateButton}
              onClick={() => {
                setMeeting(null);
                setDateInput(null);
                setDateError(undefined);
              }}
            >
              {t('tab.restlista.showNext')}
            </Button>
          )}
        </form>

        {!canEdit && (
          <MessageBar intent="info">
            <MessageBarBody>{t('tab.restlista.readOnly')}</MessageBarBody>
          </MessageBar>
        )}

        {toaster}

        {notice && (
          <Notice
            intent={notice.intent}
            title={notice.title}
            onDismiss={() => setNotice(null)}
            dismissLabel={t('tab.restlista.dismiss')}
            data-testid="restlista-notice"
          >
            {notice.body}
          </Notice>
        )}

        {resource.error && resource.data && (
          <Notice intent="error" title={t('tab.error.title')} actions={<Button onClick={() => void reload()}>{t('tab.retry')}</Button>}>
            {t('tab.error.load', { message: resource.error.message })}
          </Notice>
        )}
      </div>

      <LoadState resource={resource}>
        {(data) => {
          const groups = filterGroups(data.groups, filter);
          const itemProps = { meetingDate: data.meetingDate, canEdit, onSaved, onFailed };
          return (
            <>
              <Summary data={data} isDefault={meeting === null} headingId={summaryId} filter={filter} onFilter={chooseFilter} />
              <div className={styles.toolbar}>
                <FilterStatus
                  shown={itemCount(groups)}
                  total={data.counts.open}
                  filterLabel={filter && t(`tab.restlista.count.${filter}`)}
                  cleared={filterCleared}
                  onShowAll={showAll}
                />
                {data.groups.length > 0 && <ViewToggle mode={mode} onChange={setMode} />}
              </div>
              <div ref={listRef} aria-busy={resource.loading}>
                {data.groups.length === 0 ? (
                  <Text>{t('tab.restlista.empty')}</Text>
                ) : groups.length === 0 ? (
                  <Text>{t('tab.restlista.filter.none')}</Text>
                ) : mode === 'table' ? (
                  <RestlistaTable groups={groups} {...itemProps} />
                ) : (
                  <div className={styles.groups}>
                    {groups.map((group) => (
                      <OwnerGroup key={group.owner?.id ?? ''} group={group} {...itemProps} />
                    ))}
                  </div>
                )}
              </div>
              {/* The register's documents due for review by this meeting: a section of their own. */}
              <DocumentsDue meetingDate={data.meetingDate} />
            </>
          );
        }}
      </LoadState>
    </div>
  );
}
