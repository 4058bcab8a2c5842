import { Button, Field, Input, MessageBar, MessageBarBody, Text, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { type FormEvent, useCallback, useId, useRef, useState } from 'react';
import type { ApiError } from '../api';
import { useApp } from '../appContext';
import { SavedStatus } from '../components/SavedStatus';
import { LoadState } from '../components/LoadState';
import { Notice } from '../components/Notice';
import { useT } from '../i18n';
import type { Restlista } from '../types';
import { useResource } from '../useResource';
import { isIsoDate } from './restlista/dates';
import { OwnerGroup } from './restlista/OwnerGroup';
import { Summary } from './restlista/Summary';
import * as messages from '../../i18n/tab/restlista';
import { addMessages } from '../../i18n';

addMessages(messages);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '1100px' },
  title: { ...typographyStyles.title2, margin: 0 },
  intro: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  controls: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  dateForm: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  // Level with the input, below the field's label.
  dateButton: { marginTop: `calc(${tokens.lineHeightBase300} + ${tokens.spacingVerticalXXS})` },
  dateField: { minWidth: '220px' },
  groups: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
});

interface Notice {
  intent: 'warning' | 'error';
  title: string;
  body: string;
}

/**
 * Restlista: the open items by owner, flagged for the next monthly meeting, with quick actions
 * for members (status, new due date, follow-up note). Every write reloads the list, so flags and
 * grouping are the server's, and the result is announced politely.
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
  const [announcement, setAnnouncement] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
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

  const onSaved = useCallback(
    async (message: string) => {
      setNotice(null);
      setAnnouncement('');
      await reload();
      setAnnouncement(message);
      // A closed item leaves the list (and its dialog closes after this): keep the keyboard user
      // in the view rather than on <body>.
      const keepFocus = () => {
        if (!document.activeElement || document.activeElement === document.body) titleRef.current?.focus();
      };
      for (const ms of [0, 300, 600]) setTimeout(keepFocus, ms);
    },
    [reload],
  );

  const onFailed = useCallback(
    (error: ApiError, key: string) => {
      setAnnouncement('');
      if (error.status === 412) {
        setNotice({ intent: 'warning', title: t('tab.restlista.conflict.title', { key }), body: t('tab.restlista.conflict.body', { message: error.message }) });
        void reload();
      } else {
        setNotice({ intent: 'error', title: t('tab.restlista.error.title'), body: error.message });
      }
    },
    [reload, t],
  );

  return (
    <div className={styles.root}>
      <div className={styles.intro}>
        <h2 ref={titleRef} tabIndex={-1} className={styles.title}>
          {t('tab.restlista.title')}
        </h2>
        <Text>{t('tab.restlista.intro')}</Text>
      </div>

      <div className={styles.controls}>
        <form className={styles.dateForm} onSubmit={showDate} noValidate>
          <Field className={styles.dateField} label={t('tab.restlista.meetingDate')} validationMessage={dateError}>
            <Input type="date" value={dateInput ?? resource.data?.meetingDate ?? ''} onChange={(_, data) => setDateInput(data.value)} />
          </Field>
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

        <SavedStatus message={announcement} data-testid="restlista-announcement" />

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
        {(data) => (
          <>
            <Summary data={data} isDefault={meeting === null} headingId={summaryId} />
            {data.groups.length === 0 ? (
              <Text>{t('tab.restlista.empty')}</Text>
            ) : (
              <div className={styles.groups} aria-busy={resource.loading}>
                {data.groups.map((group) => (
                  <OwnerGroup
                    key={group.owner?.id ?? ''}
                    group={group}
                    meetingDate={data.meetingDate}
                    canEdit={canEdit}
                    onSaved={onSaved}
                    onFailed={onFailed}
                  />
                ))}
              </div>
            )}
          </>
        )}
      </LoadState>
    </div>
  );
}
