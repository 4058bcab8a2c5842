import { Combobox, Field } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { DirectoryNotices } from '../../../components/DirectoryNotices';
import { PersonOptions, asPerson, isTypingClear, usePeopleOptions } from '../../../components/people';
import { useT } from '../../../i18n';
import type { Person } from '../../../../domain/person';

interface GrantPersonPickerProps {
  value: Person | null;
  onChange: (person: Person | null) => void;
  validationMessage?: string | undefined;
}

/**
 * Who gets the right: anyone in the organisation — the people the app knows, and from two typed
 * characters the organisation's directory (usePeopleOptions). Leaving the box shows the chosen
 * person again (or empties it).
 */
export function GrantPersonPicker({ value, onChange, validationMessage }: GrantPersonPickerProps) {
  const t = useT();
  const [query, setQuery] = useState(value?.name ?? '');
  // The chosen person is always an option; while the box shows their name, everyone is.
  const chosen = useMemo(() => (value ? [value] : []), [value]);
  const search = query.trim().toLocaleLowerCase() === value?.name.toLocaleLowerCase() ? '' : query;
  const people = usePeopleOptions(chosen, search);
  const message = validationMessage ?? (people.error ? t('tab.roles.grant.peopleError', { message: people.error.message }) : undefined);
  // A value set from outside (emptied after a grant) shows in the box.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setQuery(value?.name ?? '');
  }
  return (
    <div>
      <Field label={t('tab.roles.grant.person')} required validationMessage={message} validationState={message ? 'error' : 'none'}>
        <Combobox
          value={query}
          selectedOptions={value ? [value.id] : []}
          placeholder={t('tab.roles.grant.placeholder')}
          onChange={(event) => setQuery(event.target.value)}
          onOptionSelect={(event, data) => {
            if (isTypingClear(event, data)) return;
            const found = people.options.find((p) => p.id === data.optionValue);
            const person = found ? asPerson(found) : null;
            onChange(person);
            setQuery(person?.name ?? '');
          }}
          onBlur={() => setQuery(value?.name ?? '')}
        >
          <PersonOptions people={people.options} />
        </Combobox>
      </Field>
      <DirectoryNotices people={people} />
    </div>
  );
}
