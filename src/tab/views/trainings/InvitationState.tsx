import { Caption1, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CalendarMailRegular, MailCheckmarkRegular, MailClockRegular, PersonWarningRegular } from '@fluentui/react-icons';
import { useTimeZone } from '../../appContext';
import { Translate, intlTag, useLocale, useT } from '../../i18n';
import type { Locale } from '../../../i18n';
import { formatInstant } from './time';
import type { InvitationStatus, TrainingView } from './types';

/**
 * A training's Outlook invitations as its organiser sees them (TRAININGS_MAILBOX on): up to
 * date, waiting for the next sync (or for Outlook to answer again), or stopped — why, and what
 * the administrator can do — with the time of the last sync in the app's zone, and the seat
 * holders the invitation cannot reach. In words with an icon, never by colour alone. Not a live
 * region itself: the list says a change out loud once (useInvitationRefresh), not on every load.
 */
const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  line: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  icon: { flexShrink: 0, fontSize: tokens.fontSizeBase400 },
  good: { color: tokens.colorPaletteGreenForeground1 },
  waiting: { color: tokens.colorNeutralForeground2 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  state: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  muted: { color: tokens.colorNeutralForeground2 },
  hint: { display: 'block', marginTop: tokens.spacingVerticalXXS },
});

/** The organiser's state of a training's invitations, or nothing (invitations off, or not an organiser). */
export function InvitationState({ training }: { training: TrainingView }) {
  const status = training.invitation?.status;
  if (!status) return null;
  return <InvitationStatusView status={status} />;
}

function InvitationStatusView({ status }: { status: InvitationStatus }) {
  const t = useT();
  const locale = useLocale();
  const zone = useTimeZone();
  const styles = useStyles();
  const synced = status.syncedAt ? t('tab.trainings.invitation.syncedAt', { time: formatInstant(status.syncedAt, locale, zone) }) : null;

  if (status.state === 'failed') {
    const reason = status.reason && status.reason !== 'unavailable' ? status.reason : 'unknown';
    return (
      <div className={styles.root} data-testid="invitation-state" data-state={status.state}>
        <MessageBar intent="warning" politeness="polite" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('tab.trainings.invitation.failed')}</MessageBarTitle>
            {t(`tab.trainings.invitation.reason.${reason}`)} {t(`tab.trainings.invitation.hint.${reason}`)}
            <span className={styles.hint}>
              {t('tab.trainings.invitation.nothingLost')} {synced ?? t('tab.trainings.invitation.neverSynced')}
            </span>
          </MessageBarBody>
        </MessageBar>
        <Uninvitable names={status.uninvitable} />
      </div>
    );
  }

  const upToDate = status.state === 'upToDate';
  return (
    <div className={styles.root} data-testid="invitation-state" data-state={status.state}>
      <Caption1 className={styles.line}>
        {upToDate ? (
          <MailCheckmarkRegular aria-hidden className={mergeClasses(styles.icon, styles.good)} />
        ) : (
          <MailClockRegular aria-hidden className={mergeClasses(styles.icon, styles.waiting)} />
        )}
        <span>
          <span className={styles.state}>{stateText(status, t)}</span>
          {synced && <span className={styles.muted}> · {synced}</span>}
        </span>
      </Caption1>
      <Uninvitable names={status.uninvitable} />
    </div>
  );
}

function Uninvitable({ names }: { names: readonly string[] }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  if (names.length === 0) return null;
  return (
    <Caption1 className={styles.line} data-testid="invitation-uninvitable">
      <PersonWarningRegular aria-hidden className={mergeClasses(styles.icon, styles.warning)} />
      <span>{t('tab.trainings.invitation.uninvitable', { names: listOf(names, locale) })}</span>
    </Caption1>
  );
}

/** A staff member with a seat: the invitation (with the Teams meeting) comes to their calendar, no .ics file needed. */
export function InvitationComing() {
  const t = useT();
  const styles = useStyles();
  return (
    <Caption1 className={mergeClasses(styles.line, styles.muted)} data-testid="invitation-coming">
      <CalendarMailRegular aria-hidden className={styles.icon} />
      {t('tab.trainings.invitation.coming')}
    </Caption1>
  );
}

/** "Inbjudningar i Outlook: uppdaterade" etc., and for a stopped one why ("… stoppade Utbildningsbrevlådan finns inte."). */
export function stateText(status: InvitationStatus, t: Translate): string {
  switch (status.state) {
    case 'upToDate':
      return t('tab.trainings.invitation.upToDate');
    case 'pending':
      return t(status.reason === 'unavailable' ? 'tab.trainings.invitation.pendingUnavailable' : 'tab.trainings.invitation.pending');
    case 'failed': {
      const reason = status.reason && status.reason !== 'unavailable' ? status.reason : 'unknown';
      return `${t('tab.trainings.invitation.failed')}. ${t(`tab.trainings.invitation.reason.${reason}`)}`;
    }
  }
}

/** "Anna, Bo och Cecilia" / "Anna, Bo and Cecilia". */
function listOf(names: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(intlTag(locale), { style: 'long', type: 'conjunction' }).format(names);
}
