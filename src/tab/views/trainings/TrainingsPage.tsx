import { Body1, Button, Subtitle1, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../../api';
import { useApp } from '../../appContext';
import { LoadState } from '../../components/LoadState';
import { useT } from '../../i18n';
import { useResource } from '../../useResource';
import { ConfirmDialog } from './ConfirmDialog';
import { PastTrainings } from './PastTrainings';
import { Registrations } from './Registrations';
import { CardActions, TrainingCard } from './TrainingCard';
import { DialogTarget, TrainingDialog } from './TrainingDialog';
import { useInvitationRefresh } from './useInvitationRefresh';
import type { TrainingList, TrainingUpdated, TrainingView } from './types';

/**
 * The list of trainings (upcoming, or with "Visa tidigare" the past ones too), the create/edit
 * dialog, cancelling with a confirmation, and one training's registrations in place of the list.
 */
const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: 'none' },
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, maxWidth: '1100px' },
});

export function TrainingsPage({ announce }: { announce: (text: string) => void }) {
  const t = useT();
  const styles = useStyles();
  const { api, me } = useApp();
  const canOrganise = Boolean(me.permissions['training.organise']);
  const [showPast, setShowPast] = useState(false);
  const resource = useResource(() => api.trainings.list({ query: { all: showPast ? 'true' : undefined } }), [api, showPast]);
  const { reload, setData } = resource;
  const [dialog, setDialog] = useState<DialogTarget | null>(null);
  const [cancelling, setCancelling] = useState<TrainingView | null>(null);
  const [detail, setDetail] = useState<string | null>(null);
  // The organiser's invitation states follow the mailbox while the list is shown (the registrations screen has its own).
  useInvitationRefresh(detail === null ? resource.data?.items : undefined, reload, announce);
  // After a dialog or the registrations screen, focus goes back to the button that opened it
  // (or, when that button is gone, e.g. "Ställ in" after cancelling, to the next best one).
  const returnFocus = useRef<string[]>([]);
  const restoreFocus = useCallback((...ids: string[]) => {
    returnFocus.current = ids;
    let tries = 0;
    const attempt = () => {
      if (returnFocus.current !== ids) return;
      const target = ids.map((id) => document.getElementById(id)).find((el): el is HTMLElement => el !== null);
      if (target && !target.closest('[aria-hidden="true"]')) {
        target.focus();
        returnFocus.current = [];
      } else if (++tries < 40) setTimeout(attempt, 50);
    };
    setTimeout(attempt, 0);
  }, []);

  const replace = useCallback(
    (training: TrainingView) =>
      setData((current) => ({ ...current!, items: current!.items.map((item) => (item.id === training.id ? training : item)) })),
    [setData],
  );

  const actions: CardActions = {
    canOrganise,
    replace,
    reload,
    announce,
    openRegistrations: (training) => setDetail(training.id),
    edit: (training) => setDialog({ mode: 'edit', training }),
    cancel: (training) => setCancelling(training),
    markHeld: async (training) => {
      const result = await api.trainings.update({ params: { id: training.id }, body: { status: 'held' }, ifMatch: training.version });
      replace(result.training);
      announce(t('tab.trainings.announce.held', { title: training.title }));
    },
  };

  const confirmCancel = async () => {
    const training = cancelling!;
    try {
      const result = await api.trainings.update({ params: { id: training.id }, body: { status: 'cancelled' }, ifMatch: training.version });
      replace(result.training);
      setCancelling(null);
      restoreFocus(`training-${training.id}-registrations`, `training-${training.id}-signup`, 'training-new');
      announce(t('tab.trainings.announce.cancelled', { title: training.title, count: result.notify.length }));
    } catch (e) {
      if (e instanceof ApiError && (e.status === 412 || e.status === 409)) {
        // Someone changed it meanwhile: show it as it is now; confirming again uses that version.
        const fresh = await api.trainings.get({ params: { id: training.id } }).catch(() => null);
        void reload();
        if (fresh) setCancelling(fresh.status === 'planned' ? fresh : null);
        throw new Error(t('tab.trainings.reloaded', { message: e.message }));
      }
      throw e;
    }
  };

  if (detail !== null) {
    return (
      <Registrations
        trainingId={detail}
        announce={announce}
        onBack={() => {
          setDetail(null);
          void reload();
          restoreFocus(`training-${detail}-registrations`);
        }}
      />
    );
  }

  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        <Switch label={t('tab.trainings.showPast')} checked={showPast} onChange={(_, data) => setShowPast(data.checked)} />
        {canOrganise && (
          <Button id="training-new" appearance="primary" icon={<AddRegular />} onClick={() => setDialog({ mode: 'create' })}>
            {t('tab.trainings.new')}
          </Button>
        )}
      </div>
      <LoadState resource={resource}>{(data) => <Sections items={data.items} showPast={showPast} actions={actions} />}</LoadState>
      <TrainingDialog
        target={dialog}
        onClose={() => {
          setDialog(null);
          restoreFocus(dialog?.mode === 'edit' ? `training-${dialog.training.id}-edit` : 'training-new');
        }}
        onSaved={(training, mode) => {
          setDialog(null);
          restoreFocus(mode === 'edit' ? `training-${training.id}-edit` : 'training-new');
          void reload();
          announce(t(mode === 'create' ? 'tab.trainings.announce.created' : 'tab.trainings.announce.saved', { title: training.title }));
        }}
        onConflict={async () => {
          if (dialog?.mode !== 'edit') return undefined;
          void reload();
          return api.trainings.get({ params: { id: dialog.training.id } }).catch(() => undefined);
        }}
      />
      <ConfirmDialog
        open={cancelling !== null}
        title={t('tab.trainings.cancelDialog.title', { title: cancelling?.title ?? '' })}
        confirm={t('tab.trainings.cancelDialog.confirm')}
        dismiss={t('tab.trainings.cancelDialog.keep')}
        onConfirm={confirmCancel}
        onClose={() => {
          if (cancelling) restoreFocus(`training-${cancelling.id}-cancel`);
          setCancelling(null);
        }}
      >
        {cancelling && (
          <Body1>
            {cancelling.confirmed + cancelling.waitlisted > 0
              ? t('tab.trainings.cancelDialog.body', { confirmed: cancelling.confirmed, waitlisted: cancelling.waitlisted })
              : t('tab.trainings.cancelDialog.nobody')}{' '}
            {t('tab.trainings.cancelDialog.final')}
          </Body1>
        )}
      </ConfirmDialog>
    </div>
  );
}

function Sections({ items, showPast, actions }: { items: TrainingView[]; showPast: boolean; actions: CardActions }) {
  const t = useT();
  const styles = useStyles();
  const now = new Date().toISOString();
  const upcoming = items.filter((i) => i.end >= now);
  // The most recent first: what an organiser looks for (attendance of last week's session).
  const past = items.filter((i) => i.end < now).reverse();
  return (
    <>
      <section className={styles.section} aria-labelledby="trainings-upcoming">
        <Subtitle1 as="h3" id="trainings-upcoming" className={styles.heading}>
          {t('tab.trainings.upcoming')}
        </Subtitle1>
        {upcoming.length === 0 ? (
          <Body1>{t('tab.trainings.noneUpcoming')}</Body1>
        ) : (
          <ul className={styles.list} aria-labelledby="trainings-upcoming">
            {upcoming.map((training) => (
              <TrainingCard key={training.id} training={training} actions={actions} />
            ))}
          </ul>
        )}
      </section>
      {showPast && (
        <section className={styles.section} aria-labelledby="trainings-past">
          <Subtitle1 as="h3" id="trainings-past" className={styles.heading}>
            {t('tab.trainings.past')}
          </Subtitle1>
          {past.length === 0 ? <Body1>{t('tab.trainings.nonePast')}</Body1> : <PastTrainings items={past} actions={actions} />}
        </section>
      )}
    </>
  );
}
