import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDoubleLeftRegular, ChevronDoubleRightRegular, ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useT } from '../../i18n';

const useStyles = makeStyles({
  nav: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
  },
  status: { minWidth: '9em', textAlign: 'center' },
});

/**
 * First / previous / next / last, with "Sida 3 av 100" announced politely. Buttons at an end
 * stay focusable (aria-disabled) so the keyboard focus is never lost on the first or last page.
 */
export function Pager({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  const t = useT();
  const styles = useStyles();
  const atStart = page <= 1;
  const atEnd = page >= pages;
  return (
    <nav aria-label={t('tab.activityLog.page.label')} className={styles.nav}>
      <Button icon={<ChevronDoubleLeftRegular />} disabledFocusable={atStart} onClick={() => onPage(1)}>
        {t('tab.activityLog.page.first')}
      </Button>
      <Button icon={<ChevronLeftRegular />} disabledFocusable={atStart} onClick={() => onPage(page - 1)}>
        {t('tab.activityLog.page.previous')}
      </Button>
      <Text className={styles.status} aria-live="polite" aria-atomic="true" data-testid="page-status">
        {t('tab.activityLog.page.status', { page, pages })}
      </Text>
      <Button icon={<ChevronRightRegular />} iconPosition="after" disabledFocusable={atEnd} onClick={() => onPage(page + 1)}>
        {t('tab.activityLog.page.next')}
      </Button>
      <Button icon={<ChevronDoubleRightRegular />} iconPosition="after" disabledFocusable={atEnd} onClick={() => onPage(pages)}>
        {t('tab.activityLog.page.last')}
      </Button>
    </nav>
  );
}
