import { Combobox, Field, Option } from '@fluentui/react-components';
import { useState } from 'react';
import { DirectoryNotices } from './DirectoryNotices';
import { PersonOptions, asPerson, isTypingClear, usePeopleOptions } from './people';
import { useT } from '../i18n';
import type { Person } from '../types';

/** The option that stands for "nobody" (Utan ansvarig). */
const NO_OWNER = '__no-owner__';

export interface OwnerPickerProps {
  id?: string;
  label: string;
  hint?: string;
  validationMessage?: string;
  /** The owner chosen now (null: nobody). */
  value: Person | null;
  /** The people offered first: everyone the log knows (the server's list and the items' owners). */
  known: readonly Person[];
  disabled?: boolean;
  onChange: (owner: Person | null) => void;
}

/**
 * An item's owner ("Ansvarig"), in the activity log's form and in the meeting's decision: typing
 * narrows the people the app knows and, from two characters, adds the organisation's directory;
 * leaving the box shows the chosen person again; "Utan ansvarig" takes the owner away.
 */
export function OwnerPicker({ id, label, hint, validationMessage, value, known, disabled = false, onChange }: OwnerPickerProps) {
  const t = useT();
  const [typed, setTyped] = useState<string | null>(null);
  const people = usePeopleOptions(known, typed ?? '');
  return (
    <div>
      <Field label={label} hint={hint} validationMessage={validationMessage}>
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
