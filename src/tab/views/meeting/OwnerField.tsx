import { Combobox, Field, Option } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { DirectoryNotices } from '../../components/DirectoryNotices';
import { PersonOptions, asPerson, isTypingClear, usePeopleOptions } from '../../components/people';
import { useT } from '../../i18n';
import type { Person } from '../../types';

const NO_OWNER = '__no-owner__';

interface Props {
  /** The item's owner now. */
  current: Person | null;
  /** The owner the decision gives it (undefined: unchanged). */
  value: Person | null | undefined;
  validationMessage?: string;
  onChange: (owner: Person | null) => void;
}

/**
 * "X tar den": who takes the item, as part of the meeting's decision. The people picker the app
 * uses elsewhere — the item's owner and the chosen one first, the people the app knows, and from
 * two typed characters the organisation's directory — with "Utan ansvarig" to take the owner away.
 */
export function OwnerField({ current, value, validationMessage, onChange }: Props) {
  const t = useT();
  const [typed, setTyped] = useState<string | null>(null);
  const chosen = value === undefined ? current : value;
  const pinned = useMemo(() => [chosen, current].filter((p): p is Person => p !== null), [chosen, current]);
  const people = usePeopleOptions(pinned, typed ?? '');
  return (
    <div>
      <Field label={t('tab.meeting.form.owner')} hint={t('tab.meeting.form.ownerHint')} validationMessage={validationMessage}>
        <Combobox
          value={typed ?? (chosen ? chosen.name : t('tab.unassigned'))}
          selectedOptions={[chosen?.id ?? NO_OWNER]}
          onChange={(e) => setTyped(e.target.value)}
          onOptionSelect={(event, d) => {
            if (isTypingClear(event, d)) return;
            if (d.optionValue === NO_OWNER) onChange(null);
            else {
              const found = people.options.find((p) => p.id === d.optionValue);
              if (found) onChange(asPerson(found));
            }
            setTyped(null);
          }}
          onBlur={() => setTyped(null)}
        >
          <Option value={NO_OWNER}>{t('tab.unassigned')}</Option>
          <PersonOptions people={people.options} />
        </Combobox>
      </Field>
      <DirectoryNotices people={people} />
    </div>
  );
}
