import { Text } from '@fluentui/react-components';
import { useApp } from '../../../appContext';
import { Notice } from '../../../components/Notice';
import { useT } from '../../../i18n';
import type { AccessOverview } from '../../../../domain/access';
import { RosterTable } from './RosterTable';
import { useSectionStyles } from './styles';
import { useRoleWords } from './words';

/**
 * The förvaltning team: which team it is, who chose it and when — or how one is chosen — and,
 * calmly, when the app cannot read team rosters (roles then come from the configured lists, and
 * in dev mode from the demo users); then its roster with the role each member gets.
 */
export function TeamSummary({ overview }: { overview: AccessOverview }) {
  const t = useT();
  const words = useRoleWords();
  const styles = useSectionStyles();
  const { me } = useApp();
  const { team } = overview;
  return (
    <section className={styles.section} aria-labelledby="roles-team">
      <h3 id="roles-team" className={styles.h3}>
        {t('tab.roles.team.title')}
      </h3>
      <Text data-testid="roles-team">
        {team
          ? t('tab.roles.team.chosen', { team: team.name ?? t('tab.roles.team.unnamed'), name: team.chosenBy.name, when: words.when(team.chosenAt) })
          : t('tab.roles.team.none')}
      </Text>
      {!overview.rostersFromGraph && (
        <Notice intent="info" layout="multiline" data-testid="roles-no-graph">
          {t(me.authMode === 'dev' ? 'tab.roles.team.noGraphDev' : 'tab.roles.team.noGraph')}
        </Notice>
      )}
      {(team || overview.roster.length > 0) && <RosterTable roster={overview.roster} since={overview.rosterSince} />}
    </section>
  );
}
