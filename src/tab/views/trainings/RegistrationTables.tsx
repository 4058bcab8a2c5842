import {
  Button,
  Checkbox,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircleRegular, ClockRegular, DismissCircleRegular, PersonAvailableRegular, PersonDeleteRegular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { useLocale, useT } from '../../i18n';
import { formatInstant } from './time';
import type { PlacedRegistration, RegistrationStatus } from './types';

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

export function RegisteredTable({ items, actions, labelledBy }: { items: PlacedRegistration[]; actions: RowActions; labelledBy: string }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  return (
    <Table className={styles.table} aria-labelledby={labelledBy} size="small" data-testid="registered-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('tab.trainings.reg.col.name')}</TableHeaderCell>
          <TableHeaderCell>{t('tab.trainings.reg.col.department')}</TableHeaderCell>
          <TableHeaderCell>{t('tab.trainings.reg.col.status')}</TableHeaderCell>
          <TableHeaderCell>{t('tab.trainings.reg.col.registeredAt')}</TableHeaderCell>
          {actions.canMarkAttendance && <TableHeaderCell>{t('tab.trainings.reg.col.attendance')}</TableHeaderCell>}
          {actions.canRemove && <TableHeaderCell>{t('tab.trainings.reg.col.actions')}</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((r) => (
          <TableRow key={r.userId} data-user={r.userId}>
            <TableCell>{r.name}</TableCell>
            <TableCell>{r.department ?? t('tab.trainings.reg.unknownDepartment')}</TableCell>
            <TableCell>
              <RegistrationStatusText status={r.status} />
            </TableCell>
            <TableCell>
              <time dateTime={r.registeredAt}>{formatInstant(r.registeredAt, locale)}</time>
            </TableCell>
            {actions.canMarkAttendance && (
              <TableCell>
                <Checkbox
                  checked={actions.attendedNow[r.userId] ?? r.status === 'attended'}
                  label={t('tab.trainings.reg.attended', { name: r.name })}
                  onChange={(_, data) => actions.setAttended(r, data.checked === true)}
                />
              </TableCell>
            )}
            {actions.canRemove && (
              <TableCell>
                {r.status === 'confirmed' && <RemoveButton registration={r} actions={actions} />}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function WaitlistTable({ items, actions, labelledBy }: { items: PlacedRegistration[]; actions: RowActions; labelledBy: string }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  return (
    <Table className={styles.table} aria-labelledby={labelledBy} size="small" data-testid="waitlist-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.narrow}>{t('tab.trainings.reg.col.position')}</TableHeaderCell>
          <TableHeaderCell>{t('tab.trainings.reg.col.name')}</TableHeaderCell>
          <TableHeaderCell>{t('tab.trainings.reg.col.department')}</TableHeaderCell>
          <TableHeaderCell>{t('tab.trainings.reg.col.registeredAt')}</TableHeaderCell>
          {actions.canMarkAttendance && <TableHeaderCell>{t('tab.trainings.reg.col.attendance')}</TableHeaderCell>}
          {actions.canRemove && <TableHeaderCell>{t('tab.trainings.reg.col.actions')}</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((r) => (
          <TableRow key={r.userId} data-user={r.userId}>
            <TableCell className={styles.position}>{r.position}</TableCell>
            <TableCell>{r.name}</TableCell>
            <TableCell>{r.department ?? t('tab.trainings.reg.unknownDepartment')}</TableCell>
            <TableCell>
              <time dateTime={r.registeredAt}>{formatInstant(r.registeredAt, locale)}</time>
            </TableCell>
            {actions.canMarkAttendance && (
              <TableCell>
                <Checkbox
                  checked={actions.attendedNow[r.userId] ?? false}
                  label={t('tab.trainings.reg.attended', { name: r.name })}
                  onChange={(_, data) => actions.setAttended(r, data.checked === true)}
                />
              </TableCell>
            )}
            {actions.canRemove && (
              <TableCell>
                <RemoveButton registration={r} actions={actions} />
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
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
