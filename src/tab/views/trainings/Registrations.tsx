import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowLeftRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../api';
import { useApp, useTimeZone } from '../../appContext';
import { LoadState } from '../../components/LoadState';
import { ErrorAlert } from '../../components/Notice';
import { useLocale, useT } from '../../i18n';
import { useResource } from '../../useResource';
import { ConfirmDialog } from './ConfirmDialog';
import { RegistrationTable, RowActions } from './RegistrationTables';
import { TrainingStatusText } from './TrainingCard';
import { InvitationState } from './InvitationState';
import { useInvitationRefresh } from './useInvitationRefresh';
import { formatTrainingTime } from './time';
import type { CancelResponse, PlacedRegistration, RegistrationList } from './types';
import { saveFile } from '../../saveFile';

/**
 * One training's registrations (organisers): who is registered, the waitlist in order,
 * attendance from the start of the training, removing someone (the first in line moves up),
 * and the attendee list as CSV. With Outlook invitations, whether the training's invitations are
 * up to date and why not, kept current while the screen is open.
 */
const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, maxWidth: '1100px' },
  head: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, alignItems: 'flex-start' },
  heading: { ...typographyStyles.subtitle1, margin: 0, ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, overflowX: 'auto' },
  sub: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
});

export function Registrations({ trainingId, onBack, announce }: { trainingId: string; onBack: () => void; announce: (text: string) => void }) {
  const { api } = useApp();
  const resource = useResource(() => api.trainings.registrations({ params: { id: trainingId } }), [api, trainingId]);
  const t = useT();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <div>
        <Button icon={<ArrowLeftRegular />} onClick={onBack}>
          {t('tab.trainings.reg.back')}
        </Button>
      </div>
      <LoadState resource={resource}>
        {(data) => <RegistrationsBody data={data} reload={resource.reload} setData={resource.setData} announce={announce} />}
      </LoadState>
    </div>
  );
}

function RegistrationsBody({
  data,
  reload,
  setData,
  announce,
}: {
  data: RegistrationList;
  reload: () => Promise<unknown>;
  setData: (update: (current: RegistrationList | undefined) => RegistrationList) => void;
  announce: (text: string) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const zone = useTimeZone();
  const styles = useStyles();
  const { api } = useApp();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [attendedNow, setAttendedNow] = useState<Record<string, boolean>>({});
  const [removing, setRemoving] = useState<PlacedRegistration | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const { training, items } = data;
  const shown = useMemo(() => [training], [training]);
  useInvitationRefresh(shown, reload, announce);

  // The screen changed: its heading takes focus so a screen reader says where the user is.
  useEffect(() => headingRef.current?.focus(), []);

  const registered = items.filter((r) => r.status !== 'waitlisted');
  const waitlist = items.filter((r) => r.status === 'waitlisted').sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const count = (status: PlacedRegistration['status']) => items.filter((r) => r.status === status).length;

  const actions: RowActions = {
    canMarkAttendance: training.can.markAttendance,
    canRemove: training.status === 'planned' && !training.started,
    attendedNow,
    setAttended: (registration, attended) => {
      if (registration.userId in attendedNow) return;
      const settle = () => setAttendedNow(({ [registration.userId]: _, ...rest }) => rest);
      setAttendedNow((now) => ({ ...now, [registration.userId]: attended }));
      setError(null);
      api.trainings
        .markAttendance({ params: { id: training.id, userId: registration.userId }, body: { attended } })
        .then((updated) => {
          setData((current) => ({
            ...current!,
            items: current!.items.map((r) => (r.userId === updated.userId ? { ...r, ...updated, position: r.position } : r)),
          }));
          announce(t(attended ? 'tab.trainings.reg.announce.attended' : 'tab.trainings.reg.announce.notAttended', { name: registration.name }));
          // Positions change when a waitlisted person is marked as having come.
          if (registration.status === 'waitlisted') void reload();
        })
        .catch((e: Error) => {
          setError(e.message);
          void reload();
        })
        .finally(settle);
    },
    remove: (registration) => setRemoving(registration),
  };

  const exportCsv = async () => {
    setExporting(true);
    setError(null);
    try {
      const blob = await api.trainings.registrationsCsv({ params: { id: training.id }, query: { format: 'csv' } });
      saveFile(blob, `anmalningar-${training.id}.csv`);
    } catch (e) {
      setError(t('tab.trainings.reg.exportFailed', { message: (e as Error).message }));
    } finally {
      setExporting(false);
    }
  };

  const confirmRemove = async () => {
    const registration = removing!;
    try {
      const result = await api.trainings.cancel({ params: { id: training.id, userId: registration.userId } });
      setRemoving(null);
      await reload();
      announce(
        result.promoted
          ? t('tab.trainings.reg.announce.promoted', { name: registration.name, promoted: result.promoted.name })
          : t('tab.trainings.reg.announce.removed', { name: registration.name }),
      );
      // The row is gone: focus goes back to the heading rather than to the top of the page.
      headingRef.current?.focus();
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) void reload();
      throw e;
    }
  };

  return (
    <>
      <div className={styles.head}>
        <h3 className={styles.heading} ref={headingRef} tabIndex={-1}>
          {t('tab.trainings.reg.heading')}: {training.title}
        </h3>
        <div className={styles.row}>
          <Body1>
            <time dateTime={training.start}>{formatTrainingTime(training.start, training.end, locale, zone)}</time>
          </Body1>
          <TrainingStatusText training={training} />
        </div>
        <Caption1 className={styles.muted} data-testid="registrations-summary">
          {t('tab.trainings.reg.summary', {
            confirmed: count('confirmed'),
            attended: count('attended'),
            waitlisted: count('waitlisted'),
            capacity: training.capacity,
          })}
        </Caption1>
        <InvitationState training={training} />
      </div>
      <div className={styles.row}>
        <Button icon={<ArrowDownloadRegular />} disabledFocusable={exporting} onClick={() => void exportCsv()}>
          {t('tab.trainings.reg.export')}
        </Button>
        {!actions.canMarkAttendance && training.status !== 'cancelled' && <Caption1 className={styles.muted}>{t('tab.trainings.reg.attendanceLater')}</Caption1>}
      </div>
      <ErrorAlert message={error} />
      <section className={styles.section} aria-labelledby="registered-heading">
        <Subtitle2 as="h4" id="registered-heading" className={styles.sub}>
          {t('tab.trainings.reg.registered')}
        </Subtitle2>
        {registered.length === 0 ? <Body1>{t('tab.trainings.reg.none')}</Body1> : <RegistrationTable list="registered" items={registered} actions={actions} labelledBy="registered-heading" />}
      </section>
      <section className={styles.section} aria-labelledby="waitlist-heading">
        <Subtitle2 as="h4" id="waitlist-heading" className={styles.sub}>
          {t('tab.trainings.reg.waitlist')}
        </Subtitle2>
        {waitlist.length === 0 ? (
          <Body1>{t('tab.trainings.reg.noWaitlist')}</Body1>
        ) : (
          <>
            <Caption1 className={styles.muted}>{t('tab.trainings.reg.waitlistIntro')}</Caption1>
            <RegistrationTable list="waitlist" items={waitlist} actions={actions} labelledBy="waitlist-heading" />
          </>
        )}
      </section>
      <ConfirmDialog
        open={removing !== null}
        title={t('tab.trainings.reg.removeTitle', { name: removing?.name ?? '' })}
        confirm={t('tab.trainings.reg.removeConfirm')}
        dismiss={t('tab.cancel')}
        onConfirm={confirmRemove}
        onClose={() => setRemoving(null)}
      >
        <Body1>
          {removing?.status === 'waitlisted'
            ? t('tab.trainings.reg.removeBodyWaitlisted', { name: removing.name })
            : t('tab.trainings.reg.removeBody')}
        </Body1>
      </ConfirmDialog>
    </>
  );
}
