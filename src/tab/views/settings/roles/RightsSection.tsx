import { Text } from '@fluentui/react-components';
import { useApp } from '../../../appContext';
import { Notice } from '../../../components/Notice';
import { SavedStatus } from '../../../components/SavedStatus';
import { useT } from '../../../i18n';
import type { Resource } from '../../../useResource';
import type { AccessOverview } from '../../../../domain/access';
import { RIGHTS } from '../../../../domain/rights';
import { GrantForm } from './GrantForm';
import { RightHolders } from './RightHolders';
import { useSectionStyles } from './styles';
import { useRightsEditor } from './useRightsEditor';

/**
 * The rights, each with who holds it; for the förvaltningsledare "Ta bort" per holder and the
 * form that grants one. What was done is said politely beside them; a change someone else made
 * first, or a refusal, above them.
 */
export function RightsSection({ resource, overview }: { resource: Resource<AccessOverview>; overview: AccessOverview }) {
  const t = useT();
  const styles = useSectionStyles();
  const { me } = useApp();
  const editor = useRightsEditor(resource);
  const canManage = Boolean(me.permissions['rights.manage']);
  return (
    <section className={styles.section} aria-labelledby="roles-rights">
      <h3 id="roles-rights" className={styles.h3}>
        {t('tab.roles.rights.title')}
      </h3>
      <Text className={styles.hint}>{t('tab.roles.rights.intro')}</Text>
      {!canManage && <Text className={styles.hint}>{t('tab.roles.rights.readOnly')}</Text>}
      {editor.problem && (
        <Notice
          intent={editor.problem.intent}
          title={editor.problem.title}
          onDismiss={editor.dismissProblem}
          dismissLabel={t('tab.close')}
          data-testid="roles-problem"
        >
          {editor.problem.body}
        </Notice>
      )}
      {RIGHTS.map((right) => (
        <RightHolders key={right} right={right} grants={overview.rights.grants.filter((g) => g.right === right)} editor={canManage ? editor : null} />
      ))}
      {canManage && <GrantForm rights={overview.rights} editor={editor} />}
      <SavedStatus message={editor.announcement} data-testid="roles-announcement" />
    </section>
  );
}
