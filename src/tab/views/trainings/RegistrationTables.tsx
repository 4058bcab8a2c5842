import { Button, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, ClockRegular, DismissCircleRegular, PersonAvailableRegular, PersonDeleteRegular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { DataTable } from '../../components/DataTable';
import { useLocale, useT } from '../../i18n';
import { formatInstant } from './time';
import type { PlacedRegistration, RegistrationStatus } from './types';
import { useTimeZone } from '../../appContext';

/** The registrations of one training as tables: the registered (with attendance) and the waitlist in order. */
const useStyles = makeStyles({
  table: { backgroundColor: tokens.colorNeutralBackground1 },
  status: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  position: { fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
  narrow: { width: '6em' },
});

export interface RowActions {
  /** Attendance can be marked (the training has started and is not cancelled). */
  canMarkAttendance: boolean;
  /** Registrations can be removed (the training is planned and has not started). */
  canRemove: boolean;
  /** Attendance as just clicked, shown at once while the server confirms it (a click meanwhile is ignored). */
  attendedNow: Record<string, boolean>;
  setAttended: (registration: PlacedRegistration, attended: boolean) => void;
  remove: (registration: PlacedRegistration) => void;
}

const STATUS_ICONS: Record<RegistrationStatus, ReactElement> = {
  confirmed: <CheckmarkCircleRegular aria-hidden />,
  attended: <PersonAvailableRegular aria-hidden />,
  waitlisted: <ClockRegular aria-hidden />,
  cancelled: <DismissCircleRegular aria-hidden />,
};

export function RegistrationStatusText({ status }: { status: RegistrationStatus }) {
  const t = useT();
  const styles = useStyles();
  return (
    <span className={styles.status}>
      {STATUS_ICONS[status]}
      {t(`tab.trainings.reg.status.${status}`)}
    </span>
  );
}

/**
 * The registered (`list="registered"`: their status) or the waitlist (their place in line
 * first); attendance and removal as `actions` allow. Someone with a seat or a place in line can
 * be removed; someone who came or cancelled cannot.
 */
export function RegistrationTable({
  list,
  items,
  actions,
  labelledBy,
}: {
  list: 'registered' | 'waitlist';
  items: PlacedRegistration[];
  actions: RowActions;
  labelledBy: string;
}) {
  const t = useT();
  const locale = useLocale();
  const zone = useTimeZone();
  const styles = useStyles();
  const waitlist = list === 'waitlist';
  return (
    <DataTable
      className={styles.table}
      labelledBy={labelledBy}
      data-testid={`${list}-table`}
      rows={items}
      rowKey={(r) => r.userId}
      rowData={(r) => ({ 'data-user': r.userId })}
      columns={[
        waitlist && {
          id: 'position',
          header: t('tab.trainings.reg.col.position'),
          headerProps: { className: styles.narrow },
          cell: (r) => r.position,
          cellClassName: styles.position,
        },
        { id: 'name', header: t('tab.trainings.reg.col.name'), cell: (r) => r.name },
        { id: 'department', header: t('tab.trainings.reg.col.department'), cell: (r) => r.department ?? t('tab.trainings.reg.unknownDepartment') },
        !waitlist && { id: 'status', header: t('tab.trainings.reg.col.status'), cell: (r) => <RegistrationStatusText status={r.status} /> },
        {
          id: 'registeredAt',
          header: t('tab.trainings.reg.col.registeredAt'),
          cell: (r) => <time dateTime={r.registeredAt}>{formatInstant(r.registeredAt, locale, zone)}</time>,
        },
        actions.canMarkAttendance && {
          id: 'attendance',
          header: t('tab.trainings.reg.col.attendance'),
          cell: (r) => (
            <Checkbox
              checked={actions.attendedNow[r.userId] ?? r.status === 'attended'}
              label={t('tab.trainings.reg.attended', { name: r.name })}
              onChange={(_, data) => actions.setAttended(r, data.checked === true)}
            />
          ),
        },
        actions.canRemove && {
          id: 'actions',
          header: t('tab.trainings.reg.col.actions'),
          cell: (r) => (r.status === 'confirmed' || r.status === 'waitlisted') && <RemoveButton registration={r} actions={actions} />,
        },
      ]}
    />
  );
}

function RemoveButton({ registration, actions }: { registration: PlacedRegistration; actions: RowActions }) {
  const t = useT();
  return (
    <Button
      size="small"
      icon={<PersonDeleteRegular />}
      id={`remove-${registration.userId}`}
      aria-label={t('tab.trainings.reg.removeLabel', { name: registration.name })}
      onClick={() => actions.remove(registration)}
    >
      {t('tab.trainings.reg.remove')}
    </Button>
  );
}
