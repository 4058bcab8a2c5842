import { Text } from '@fluentui/react-components';
import { useApp } from '../../../appContext';
import { useT } from '../../../i18n';
import { useSectionStyles } from './styles';
import { useRoleWords } from './words';

/** Your own access, first: your role and where it comes from, then each right you hold and why. */
export function OwnAccess() {
  const t = useT();
  const words = useRoleWords();
  const styles = useSectionStyles();
  const { access } = useApp().me;
  return (
    <section className={styles.section} aria-labelledby="roles-you" data-testid="roles-you">
      <h3 id="roles-you" className={styles.h3}>
        {t('tab.roles.you.title')}
      </h3>
      <ul className={styles.list}>
        <li>
          <Text>{t('tab.roles.you.role', { role: words.role(access.role), source: words.roleSource(access.roleSource) })}</Text>
        </li>
        {access.rights.map((held) => (
          <li key={held.right}>
            <Text>{t('tab.roles.you.right', { right: words.right(held.right), source: words.rightSource(held) })}</Text>
          </li>
        ))}
        {access.rights.length === 0 && (
          <li>
            <Text>{t('tab.roles.you.noRights')}</Text>
          </li>
        )}
      </ul>
    </section>
  );
}
