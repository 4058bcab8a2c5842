import { MessageBar, MessageBarBody, Spinner, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { PageHeading } from '../components/PageHeading';
import { Suspense, lazy, useState } from 'react';
import { useApp } from '../appContext';
import { useResultToaster } from '../components/ResultToaster';
import { useT } from '../i18n';
import { TrainingsPage } from './trainings/TrainingsPage';
import * as messages from '../../i18n/tab/trainings';
import * as invitationMessages from '../../i18n/tab/trainingInvitations';
import { addMessages } from '../../i18n';

addMessages(messages);
addMessages(invitationMessages);

/**
 * Utbildningar: the staff trainings. Everyone sees the list and signs up (or joins the
 * waitlist); organisers (members and up) create, edit and cancel trainings, see registrations
 * and the waitlist, mark attendance, export the attendee list, and read the statistics. With
 * Outlook invitations (TRAININGS_MAILBOX) organisers also see whether each training's invitations
 * are up to date, and why not.
 */
const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
});

type Section = 'list' | 'stats';

// Only organisers see the statistics: their code is loaded when first opened.
const StatsPanel = lazy(() => import('./trainings/StatsPanel').then((m) => ({ default: m.StatsPanel })));

export default function TrainingsView() {
  const t = useT();
  const styles = useStyles();
  const { me } = useApp();
  const canOrganise = Boolean(me.permissions['training.organise']);
  const [section, setSection] = useState<Section>('list');
  const { toaster, show: announce } = useResultToaster('trainings-result');

  const shown: Section = canOrganise ? section : 'list';
  return (
    <div className={styles.root}>
      <PageHeading id="trainings-heading" title={t('tab.trainings.title')} intro={t('tab.trainings.intro')} />
      {toaster}
      {canOrganise ? (
        <TabList selectedValue={section} onTabSelect={(_, data) => setSection(data.value as Section)} aria-label={t('tab.trainings.sections')} size="small">
          <Tab value="list" id="trainings-section-list" aria-controls="trainings-section">
            {t('tab.trainings.section.list')}
          </Tab>
          <Tab value="stats" id="trainings-section-stats" aria-controls="trainings-section">
            {t('tab.trainings.section.stats')}
          </Tab>
        </TabList>
      ) : (
        <MessageBar intent="info" data-testid="trainings-reader-note">
          <MessageBarBody>{t('tab.trainings.readerNote')}</MessageBarBody>
        </MessageBar>
      )}
      <div
        id="trainings-section"
        className={styles.panel}
        {...(canOrganise ? { role: 'tabpanel', 'aria-labelledby': `trainings-section-${shown}` } : {})}
      >
        {shown === 'stats' ? (
          <Suspense fallback={<Spinner label={t('tab.loading')} />}>
            <StatsPanel />
          </Suspense>
        ) : (
          <TrainingsPage announce={announce} />
        )}
      </div>
    </div>
  );
}
