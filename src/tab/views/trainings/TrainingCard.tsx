import { Badge, Body1, Button, Caption1, Link, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import {
  CalendarLtrRegular,
  CheckmarkCircleRegular,
  ClockRegular,
  DismissCircleRegular,
  LocationRegular,
  LockClosedRegular,
  PeopleRegular,
  VideoRegular,
} from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { ApiError } from '../../api';
import { useApp, useTimeZone } from '../../appContext';
import { ErrorAlert } from '../../components/Notice';
import { useLocale, useT } from '../../i18n';
import { InvitationComing, InvitationState } from './InvitationState';
import { CancelMineDialog } from './CancelMineDialog';
import { formatInstant, formatShortDate, formatTrainingTime } from './time';
import type { CancelResponse, SignUpResponse, TrainingView } from './types';

/**
 * One training in the list: when (Stockholm time, in the user's language), where, kind, seats
 * and status in words (with an icon, never colour alone), the viewer's own registration with
 * "Anmäl mig"/"Avanmäl mig", and for organisers the registrations, edit, cancel and "held".
 * With Outlook invitations, organisers see whether the training's invitations are up to date,
 * and a person with a seat that the invitation comes to their calendar.
 */
const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  cancelled: { backgroundColor: tokens.colorNeutralBackground3 },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  title: { margin: 0 },
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXXS },
  fact: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  muted: { color: tokens.colorNeutralForeground2 },
  state: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
  stateCancelled: { color: tokens.colorPaletteRedForeground1 },
  stateGood: { color: tokens.colorPaletteGreenForeground1 },
  foot: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  mine: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
});

export interface CardActions {
  canOrganise: boolean;
  replace: (training: TrainingView) => void;
  reload: () => Promise<unknown>;
  announce: (text: string) => void;
  openRegistrations: (training: TrainingView) => void;
  edit: (training: TrainingView) => void;
  cancel: (training: TrainingView) => void;
  markHeld: (training: TrainingView) => Promise<void>;
}

/** `focusable`: the card can take the focus (tabIndex -1), e.g. when "Visa fler" shows it. */
export function TrainingCard({ training, actions, focusable = false }: { training: TrainingView; actions: CardActions; focusable?: boolean }) {
  const t = useT();
  const locale = useLocale();
  const zone = useTimeZone();
  const styles = useStyles();
  const { api, me } = useApp();
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const started = training.started;
  const name = t('tab.trainings.trainingName', { title: training.title, date: formatShortDate(training.start, locale, zone) });
  // What the viewer may do now is the domain's decision (TrainingView.can), as on the bot's card.
  const canSignUp = training.can.signUp;
  const canCancelMine = training.can.cancel || training.can.leaveWaitlist;

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError((e as Error).message);
      // Closed, cancelled or gone in the meantime: show how it is now.
      if (e instanceof ApiError && (e.status === 409 || e.status === 404 || e.status === 412)) void actions.reload();
    } finally {
      setBusy(false);
    }
  };

  const signUp = () =>
    run(async () => {
      const result = await api.trainings.register({ params: { id: training.id } });
      actions.replace(result.training);
      actions.announce(
        result.training.myStatus === 'waitlisted'
          ? t('tab.trainings.announce.waitlisted', { title: training.title, position: result.training.myPosition ?? '' })
          : t(result.training.invitation ? 'tab.trainings.invitation.announceSignedUp' : 'tab.trainings.announce.signedUp', { title: training.title }),
      );
    });

  const [asking, setAsking] = useState(false);
  // Confirmed in the dialog; an error stays there (the dialog shows it).
  const cancelMine = async () => {
    await api.trainings.cancel({ params: { id: training.id, userId: me.id } });
    setAsking(false);
    actions.replace(await api.trainings.get({ params: { id: training.id } }));
    actions.announce(t('tab.trainings.announce.cancelledMine', { title: training.title }));
  };

  return (
    <li
      className={mergeClasses(styles.card, training.status === 'cancelled' && styles.cancelled)}
      aria-labelledby={headingId}
      data-training={training.id}
      {...(focusable ? { tabIndex: -1 } : {})}
    >
      <div className={styles.head}>
        <Subtitle2 as="h4" id={headingId} className={styles.title}>
          {training.title}
        </Subtitle2>
        <Badge appearance="outline" color="informative">
          {t(`tab.trainings.kind.${training.kind}`)}
        </Badge>
        <TrainingStatusText training={training} />
      </div>
      <div className={mergeClasses(styles.meta, styles.muted)}>
        <span className={styles.fact}>
          <CalendarLtrRegular aria-hidden />
          <time dateTime={training.start}>{formatTrainingTime(training.start, training.end, locale, zone)}</time>
        </span>
        {training.meetingUrl && (
          <span className={styles.fact}>
            <VideoRegular aria-hidden />
            <Link href={training.meetingUrl} target="_blank" rel="noreferrer">
              {t('tab.trainings.meetingLink')}
            </Link>
          </span>
        )}
        {training.place && (
          <span className={styles.fact}>
            <LocationRegular aria-hidden />
            {t('tab.trainings.place', { place: training.place })}
          </span>
        )}
        <span>{t('tab.trainings.organiser', { name: training.organiser.name })}</span>
      </div>
      {training.description && <Body1 className={styles.muted}>{training.description}</Body1>}
      <div className={styles.meta}>
        {training.status !== 'cancelled' && (
          <span className={styles.fact} data-testid="seats">
            <PeopleRegular aria-hidden />
            {seatsText(training, t)}
          </span>
        )}
        <span className={mergeClasses(styles.fact, styles.muted)}>
          {training.audience.type === 'open'
            ? t('tab.trainings.audience.open')
            : t('tab.trainings.audience.inviteOnly', { count: training.audience.invitees.length })}
        </span>
        {training.signUpOpen && training.signUpLeadMinutes > 0 && (
          <span className={mergeClasses(styles.fact, styles.muted)}>
            <ClockRegular aria-hidden />
            {t('tab.trainings.closesAt', { time: formatInstant(training.signUpClosesAt, locale, zone) })}
          </span>
        )}
        {training.status === 'planned' && !training.signUpOpen && !started && (
          <span className={mergeClasses(styles.fact, styles.muted)}>
            <LockClosedRegular aria-hidden />
            {t('tab.trainings.closed')}
          </span>
        )}
      </div>
      <InvitationState training={training} />
      <div className={styles.foot}>
        <div className={styles.mine}>
          <MyStatus training={training} />
          {training.invitation && training.myStatus === 'confirmed' && training.status === 'planned' && !started && <InvitationComing />}
        </div>
        <div className={styles.actions}>
          {canSignUp && (
            <Button
              id={`training-${training.id}-signup`}
              appearance="primary"
              disabledFocusable={busy}
              onClick={() => void signUp()}
              aria-label={t(training.seatsLeft > 0 ? 'tab.trainings.action.signUpLabel' : 'tab.trainings.action.waitlistLabel', { training: name })}
            >
              {t(training.seatsLeft > 0 ? 'tab.trainings.action.signUp' : 'tab.trainings.action.waitlist')}
            </Button>
          )}
          {canCancelMine && (
            <>
              <Button disabledFocusable={busy} onClick={() => setAsking(true)} aria-label={t('tab.trainings.action.cancelMineLabel', { training: name })}>
                {t('tab.trainings.action.cancelMine')}
              </Button>
              <CancelMineDialog training={training} open={asking} onConfirm={cancelMine} onClose={() => setAsking(false)} />
            </>
          )}
          {actions.canOrganise && (
            <>
              <Button
                id={`training-${training.id}-registrations`}
                onClick={() => actions.openRegistrations(training)}
                aria-label={t('tab.trainings.action.registrationsLabel', { training: name })}
              >
                {t('tab.trainings.action.registrations')}
              </Button>
              {training.status !== 'cancelled' && (
                <Button id={`training-${training.id}-edit`} onClick={() => actions.edit(training)} aria-label={t('tab.trainings.action.editLabel', { training: name })}>
                  {t('tab.trainings.action.edit')}
                </Button>
              )}
              {training.status === 'planned' && training.can.markAttendance && (
                <Button
                  disabledFocusable={busy}
                  onClick={() => void run(() => actions.markHeld(training))}
                  aria-label={t('tab.trainings.action.markHeldLabel', { training: name })}
                >
                  {t('tab.trainings.action.markHeld')}
                </Button>
              )}
              {training.status === 'planned' && !started && (
                <Button
                  id={`training-${training.id}-cancel`}
                  onClick={() => actions.cancel(training)}
                  aria-label={t('tab.trainings.action.cancelLabel', { training: name })}
                >
                  {t('tab.trainings.action.cancel')}
                </Button>
              )}
            </>
          )}
        </div>
      </div>
      <ErrorAlert message={error} />
    </li>
  );
}

export function seatsText(training: TrainingView, t: ReturnType<typeof useT>): string {
  if (training.status === 'held') return t('tab.trainings.seats.attended', { count: training.attended });
  if (training.seatsLeft > 0) return t('tab.trainings.seats.left', { left: training.seatsLeft, capacity: training.capacity });
  return training.waitlisted > 0 ? t('tab.trainings.seats.fullWaitlist', { count: training.waitlisted }) : t('tab.trainings.seats.full');
}

/** "Inställd" / "Genomförd" with an icon; a planned training shows no status (it is the normal case). */
export function TrainingStatusText({ training }: { training: TrainingView }) {
  const t = useT();
  const styles = useStyles();
  if (training.status === 'planned') return null;
  const cancelled = training.status === 'cancelled';
  return (
    <span className={mergeClasses(styles.state, cancelled ? styles.stateCancelled : styles.stateGood)} data-testid="training-status">
      {cancelled ? <DismissCircleRegular aria-hidden /> : <CheckmarkCircleRegular aria-hidden />}
      {t(`tab.trainings.status.${training.status}`)}
    </span>
  );
}

function MyStatus({ training }: { training: TrainingView }) {
  const t = useT();
  const styles = useStyles();
  switch (training.myStatus) {
    case 'confirmed':
      return (
        <Caption1 className={mergeClasses(styles.state, styles.stateGood)} data-testid="my-status">
          <CheckmarkCircleRegular aria-hidden />
          {t('tab.trainings.my.confirmed')}
        </Caption1>
      );
    case 'waitlisted':
      return (
        <Caption1 className={styles.state} data-testid="my-status">
          <ClockRegular aria-hidden />
          {t('tab.trainings.my.waitlisted', { position: training.myPosition ?? '' })}
        </Caption1>
      );
    case 'attended':
      return (
        <Caption1 className={mergeClasses(styles.state, styles.stateGood)} data-testid="my-status">
          <CheckmarkCircleRegular aria-hidden />
          {t('tab.trainings.my.attended')}
        </Caption1>
      );
    default:
      return <span />;
  }
}
