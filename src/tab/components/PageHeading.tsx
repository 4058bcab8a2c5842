import { Button, Text, makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { InfoRegular } from '@fluentui/react-icons';
import { useState, type ReactNode, type Ref } from 'react';
import { useT } from '../i18n';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  rest: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, marginLeft: 'auto' },
  intro: { color: tokens.colorNeutralForeground2, maxWidth: '80ch', margin: `${tokens.spacingVerticalXS} 0 0` },
  closed: { display: 'none' },
});

const stored = (key: string) => {
  try {
    return localStorage.getItem(key) === 'open';
  } catch {
    return false;
  }
};

/**
 * A view's heading (h2) in one line, with its description behind an "Om vyn" button (collapsed
 * at first, and as the person left it last time in this browser), and room at the end of the line
 * for the view's own things (a count, exports). Gives the view's height to its data.
 *
 *   <PageHeading id="activity-log-heading" title={t('…heading')} intro={t('…intro')} />
 */
export function PageHeading({
  id,
  title,
  intro,
  headingRef,
  children,
}: {
  id: string;
  title: string;
  intro: ReactNode;
  /** The heading itself (focusable by script), for a view that moves the focus to it. */
  headingRef?: Ref<HTMLHeadingElement>;
  children?: ReactNode;
}) {
  const t = useT();
  const styles = useStyles();
  const key = `fs.intro.${id}`;
  const [open, setOpen] = useState(() => stored(key));
  const toggle = () => {
    setOpen(!open);
    try {
      localStorage.setItem(key, open ? 'closed' : 'open');
    } catch {
      // Storage may be off (private mode, a strict policy): the choice lasts this visit.
    }
  };
  return (
    <div>
      <div className={styles.row}>
        <h2 id={id} className={styles.heading} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
          {title}
        </h2>
        <Button size="small" appearance="subtle" icon={<InfoRegular />} aria-expanded={open} aria-controls={`${id}-intro`} onClick={toggle}>
          {t('tab.about.toggle')}
        </Button>
        {children && <div className={styles.rest}>{children}</div>}
      </div>
      <Text as="p" block id={`${id}-intro`} className={mergeClasses(styles.intro, !open && styles.closed)} hidden={!open}>
        {intro}
      </Text>
    </div>
  );
}
