import { Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { useLocale } from '../../i18n';
import type { ChecklistSection } from '../../types';
import { AddItemDialog } from './AddItemDialog';
import { ChecklistItemRow } from './ChecklistItemRow';
import { useHandover } from './HandoverContext';
import { SectionProgress } from './Progress';
import { itemsOf } from './model';

/** One section: its heading, its progress, its items in order, and "Lägg till punkt" for members. */
const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  heading: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
});

export function ChecklistSectionBlock({ section }: { section: ChecklistSection }) {
  const styles = useStyles();
  const locale = useLocale();
  const { checklist, canEdit } = useHandover();
  const items = itemsOf(checklist, section.id);
  const progress = checklist.progress.sections.find((p) => p.sectionId === section.id);
  const title = section.title[locale];
  const headingId = `handover-section-${section.id}`;
  return (
    <section className={styles.section} aria-labelledby={headingId} data-section={section.id}>
      <div className={styles.head}>
        <Subtitle1 as="h3" id={headingId} className={styles.heading}>
          {title}
        </Subtitle1>
        {canEdit && <AddItemDialog sectionId={section.id} sectionTitle={title} />}
      </div>
      <SectionProgress title={title} done={progress?.done ?? 0} total={progress?.total ?? items.length} />
      <ul className={styles.list}>
        {items.map((item, index) => (
          <ChecklistItemRow key={item.id} item={item} index={index} count={items.length} />
        ))}
      </ul>
    </section>
  );
}
