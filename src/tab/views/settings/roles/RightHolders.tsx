import { Text, makeStyles } from '@fluentui/react-components';
import { useRef } from 'react';
import { DataTable } from '../../../components/DataTable';
import { visuallyHidden } from '../../../components/visuallyHidden';
import { useT } from '../../../i18n';
import type { Right, RightGrant } from '../../../../domain/rights';
import type { RightsEditor } from './useRightsEditor';
import { WithdrawButton } from './WithdrawButton';
import { useSectionStyles } from './styles';
import { useRoleWords } from './words';

const useStyles = makeStyles({ caption: visuallyHidden });

/** A right as a part of an element id ("projektägare" → "projektagare"). */
const idOf = (right: Right): string => right.normalize('NFD').replace(/[^\w-]/g, '');

interface RightHoldersProps {
  right: Right;
  /** The grants of this right. */
  grants: readonly RightGrant[];
  /** With "Ta bort" per holder (the förvaltningsledare). */
  editor: RightsEditor | null;
}

/** One right: its name and what it allows, then who was granted it, by whom and when — and, for the förvaltningsledare, "Ta bort". */
export function RightHolders({ right, grants, editor }: RightHoldersProps) {
  const t = useT();
  const words = useRoleWords();
  const section = useSectionStyles();
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  const name = words.right(right);
  const headingId = `roles-right-${idOf(right)}`;
  // The row (and its button) is gone once the right is withdrawn: focus goes to the right's heading.
  const focusHeading = () => setTimeout(() => heading.current?.focus(), 0);
  return (
    <section className={section.section} aria-labelledby={headingId} data-testid={`right-${idOf(right)}`}>
      <h4 id={headingId} ref={heading} tabIndex={-1} className={section.h4}>
        {words.rightTitle(right)}
      </h4>
      <Text className={section.hint}>{words.rightHint(right)}</Text>
      {grants.length === 0 ? (
        <Text>{t('tab.roles.rights.none', { right: name })}</Text>
      ) : (
        <DataTable
          caption={t('tab.roles.rights.caption', { right: name })}
          captionClassName={styles.caption}
          rows={grants}
          rowKey={(g) => g.person.id}
          columns={[
            { id: 'person', header: t('tab.roles.rights.person'), cell: (g) => g.person.name },
            { id: 'by', header: t('tab.roles.rights.grantedBy'), cell: (g) => g.grantedBy.name },
            { id: 'at', header: t('tab.roles.rights.grantedAt'), cell: (g) => words.when(g.grantedAt) },
            editor !== null && {
              id: 'action',
              header: t('tab.roles.rights.action'),
              cell: (g) => (
                <WithdrawButton
                  right={name}
                  person={g.person}
                  busy={editor.busy}
                  onConfirm={() => editor.withdraw(right, g.person)}
                  onWithdrawn={focusHeading}
                />
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
