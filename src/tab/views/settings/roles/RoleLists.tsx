import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useT } from '../../../i18n';
import type { RoleLists as Lists } from '../../../../domain/access';
import { useSectionStyles } from './styles';

const useStyles = makeStyles({
  name: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  summary: { cursor: 'pointer', width: 'fit-content', color: tokens.colorBrandForegroundLink },
  ids: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
});

/** The configured lists, by the variable that holds each (the deployment's settings). */
const LISTS = [
  { key: 'leads', variable: 'ROLE_FORVALTNINGSLEDARE', gives: 'tab.roles.lists.leads' },
  { key: 'members', variable: 'ROLE_MEMBERS', gives: 'tab.roles.lists.members' },
  { key: 'projectOwners', variable: 'ROLE_PROJEKTAGARE', gives: 'tab.roles.lists.projectOwners' },
] as const;

/**
 * The break-glass lists in the app's configuration: what each gives and how many object ids it
 * holds, the ids themselves in a disclosure. They only add roles and rights.
 */
export function RoleLists({ lists }: { lists: Lists }) {
  const t = useT();
  const section = useSectionStyles();
  const styles = useStyles();
  const count = (n: number) =>
    n === 0 ? t('tab.roles.lists.count.zero') : n === 1 ? t('tab.roles.lists.count.one') : t('tab.roles.lists.count.other', { count: n });
  return (
    <section className={section.section} aria-labelledby="roles-lists">
      <h3 id="roles-lists" className={section.h3}>
        {t('tab.roles.lists.title')}
      </h3>
      <Text className={section.hint}>{t('tab.roles.lists.intro')}</Text>
      <ul className={section.list} data-testid="roles-lists">
        {LISTS.map((list) => {
          const ids = lists[list.key];
          return (
            <li key={list.key}>
              <Text>
                <code className={styles.name}>{list.variable}</code> {t(list.gives)}: {count(ids.length)}
              </Text>
              {ids.length > 0 && (
                <details>
                  <summary className={styles.summary}>{t('tab.roles.lists.show', { list: list.variable })}</summary>
                  <ul className={styles.ids}>
                    {ids.map((id) => (
                      <li key={id}>
                        <code className={styles.name}>{id}</code>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
