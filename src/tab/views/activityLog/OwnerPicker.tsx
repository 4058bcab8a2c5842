import { Combobox, Field, Option } from '@fluentui/react-components';
import { useState } from 'react';
import { DirectoryNotices } from '../../components/DirectoryNotices';
import { PersonOptions, asPerson, isTypingClear, usePeopleOptions } from '../../components/people';
import { useT } from '../../i18n';
import type { Person } from '../../types';
import { NO_OWNER } from './query';

export interface OwnerPickerProps {
  id: string;
  label: string;
  validationMessage?: string;
  /** The owner chosen now (null: nobody). */
  value: Person | null;
  /** The people offered first: everyone the log knows (the server's list and the items' owners). */
  known: readonly Person[];
  disabled: boolean;
  onChange: (owner: Person | null) => void;
}

/**
 * The activity's owner ("Ansvarig"): typing narrows the people the log knows and, from two
 * characters, adds the organisation's directory; leaving the box shows the chosen person again.
 */
export function OwnerPicker({ id, label, validationMessage, value, known, disabled, onChange }: OwnerPickerProps) {
  const t = useT();
  const [typed, setTyped] = useState<string | null>(null);
  const people = usePeopleOptions(known, typed ?? '');
  return (
    <div>
      <Field label={label} validationMessage={validationMessage}>
        <Combobox
          id={id}
          value={typed ?? (value ? value.name : t('tab.unassigned'))}
          selectedOptions={[value?.id ?? NO_OWNER]}
          disabled={disabled}
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
