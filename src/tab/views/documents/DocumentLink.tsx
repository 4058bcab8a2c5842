import { Link, makeStyles } from '@fluentui/react-components';
import { useT } from '../../i18n';
import { visuallyHidden } from '../../components/visuallyHidden';

const useStyles = makeStyles({ hidden: visuallyHidden });

/** A register document's title as a link to its file, opened in a new tab (said to screen readers too). */
export function DocumentLink({ doc, withId = false }: { doc: { id: string; title: string; link: string }; withId?: boolean }) {
  const t = useT();
  const styles = useStyles();
  return (
    <Link href={doc.link} target="_blank" rel="noreferrer" data-document-link={doc.id}>
      {withId ? `${doc.id} ${doc.title}` : doc.title}
      <span className={styles.hidden}> {t('tab.documents.opensNewTab')}</span>
    </Link>
  );
}
