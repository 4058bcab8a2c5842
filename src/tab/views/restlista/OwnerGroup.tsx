import { Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useT } from '../../i18n';
import type { RestlistaGroup } from '../../types';
import { ItemCard, type ItemViewProps } from './ItemCard';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  groupHeading: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, margin: 0 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
});

export type GroupProps = Omit<ItemViewProps, 'item'> & { group: RestlistaGroup };

/** One owner's open items: a heading ("Utan ansvarig" for the unassigned) and a card per item. */
export function OwnerGroup({ group, ...rest }: GroupProps) {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const count = group.items.length;
  return (
    <section className={styles.group} aria-labelledby={headingId} data-testid="restlista-group">
      <div className={styles.groupHeading}>
        <Subtitle2 as="h3" id={headingId}>
          {group.owner?.name ?? t('tab.unassigned')}
        </Subtitle2>
        <Caption1>{count === 1 ? t('tab.restlista.items.one') : t('tab.restlista.items.other', { count })}</Caption1>
      </div>
      <ul className={styles.list}>
        {group.items.map((item) => (
          <ItemCard key={item.activity.key} item={item} {...rest} />
        ))}
      </ul>
    </section>
  );
}
