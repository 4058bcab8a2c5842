import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useApp } from '../../appContext';
import { LoadState } from '../../components/LoadState';
import { useT } from '../../i18n';
import { useResource } from '../../useResource';
import { addMessages } from '../../../i18n';
import * as messages from '../../../i18n/tab/roles';
import { OwnAccess } from './roles/OwnAccess';
import { RightsSection } from './roles/RightsSection';
import { RoleLists } from './roles/RoleLists';
import { TeamSummary } from './roles/TeamSummary';

addMessages(messages);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXL },
});

/**
 * Inställningar › Roller och rättigheter: who may do what, and why — your own access first,
 * then the förvaltning team and its roster (GET /api/access), the rights and who holds them
 * (granted and withdrawn here by the förvaltningsledare), and the configured lists.
 */
export function RolesSection() {
  const t = useT();
  const styles = useStyles();
  const { api } = useApp();
  const resource = useResource(() => api.access.overview(), [api]);
  return (
    <div className={styles.root} data-testid="roles">
      <Text>{t('tab.roles.intro')}</Text>
      <OwnAccess />
      <LoadState resource={resource}>
        {(overview) => (
          <>
            <TeamSummary overview={overview} />
            <RightsSection resource={resource} overview={overview} />
            <RoleLists lists={overview.lists} />
          </>
        )}
      </LoadState>
    </div>
  );
}
