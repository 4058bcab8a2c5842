import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { DataTable } from '../../../components/DataTable';
import { intlTag, useLocale, useT } from '../../../i18n';
import type { RosterMember } from '../../../../domain/forvaltningTeam';
import { useSectionStyles } from './styles';
import { APP_ROLE_OF, useRoleWords } from './words';

const useStyles = makeStyles({
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
});

const ORDER: readonly RosterMember['role'][] = ['owner', 'member', 'guest'];

/**
 * The förvaltning team's roster as Teams last gave it — owners, then members, then guests, each
 * by name: their name, role in the team and the role it gives in the app.
 */
export function RosterTable({ roster, since }: { roster: readonly RosterMember[]; since: string | null }) {
  const t = useT();
  const locale = useLocale();
  const collator = new Intl.Collator(intlTag(locale));
  const rows = [...roster].sort((a, b) => ORDER.indexOf(a.role) - ORDER.indexOf(b.role) || collator.compare(a.name, b.name));
  const words = useRoleWords();
  const section = useSectionStyles();
  const styles = useStyles();
  return (
    <>
      {roster.length === 0 ? (
        <Text className={section.hint}>{t('tab.roles.roster.empty')}</Text>
      ) : (
        <DataTable
          caption={t('tab.roles.roster.caption')}
          captionClassName={styles.caption}
          rows={rows}
          rowKey={(m) => m.id}
          data-testid="roles-roster"
          columns={[
            { id: 'name', header: t('tab.roles.roster.name'), cell: (m) => m.name },
            { id: 'teamRole', header: t('tab.roles.roster.teamRole'), cell: (m) => words.teamRole(m.role) },
            { id: 'appRole', header: t('tab.roles.roster.appRole'), cell: (m) => words.role(APP_ROLE_OF[m.role]) },
          ]}
        />
      )}
      {since && <Text className={section.hint}>{t('tab.roles.roster.since', { when: words.when(since) })}</Text>}
    </>
  );
}
