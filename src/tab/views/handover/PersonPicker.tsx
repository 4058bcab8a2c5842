import { Combobox, Field, Option } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { DirectoryNotices } from '../../components/DirectoryNotices';
import { PersonOptions, asPerson, isTypingClear, usePeopleOptions } from '../../components/people';
import { useT } from '../../i18n';
import type { Person } from '../../types';

const NONE = '__none__';

/**
 * Who is responsible: a combobox over the people the app knows and, from two typed characters,
 * the organisation's directory (GET /api/people?q=), with "Ingen ansvarig" to clear it.
 */
export function PersonPicker({
  label,
  value,
  onChange,
  validationMessage,
}: {
  label: string;
  value: Person | null;
  onChange: (person: Person | null) => void;
  validationMessage?: string;
}) {
  const t = useT();
  const [query, setQuery] = useState(value?.name ?? '');
  // The person already chosen is always an option; while the box shows their name, everyone is.
  const chosen = useMemo(() => (value ? [value] : []), [value]);
  const search = query.trim().toLocaleLowerCase() === value?.name.toLocaleLowerCase() ? '' : query;
  const people = usePeopleOptions(chosen, search);
  const { options } = people;

  const message = validationMessage ?? (people.error ? t('tab.handover.edit.peopleError', { message: people.error.message }) : undefined);
  return (
    <div>
      <Field label={label} validationMessage={message} validationState={message ? 'error' : 'none'}>
        <Combobox
          value={query}
          selectedOptions={[value?.id ?? NONE]}
          placeholder={t('tab.handover.edit.responsiblePlaceholder')}
          onChange={(event) => setQuery(event.target.value)}
          onOptionSelect={(event, data) => {
            if (isTypingClear(event, data)) return;
            const found = data.optionValue === NONE ? undefined : options.find((p) => p.id === data.optionValue);
            const person = found ? asPerson(found) : null;
            onChange(person);
            setQuery(person?.name ?? '');
          }}
          onBlur={() => setQuery(value?.name ?? '')}
        >
          <Option value={NONE} text={t('tab.handover.item.noResponsible')}>
            {t('tab.handover.item.noResponsible')}
          </Option>
          <PersonOptions people={options} />
        </Combobox>
      </Field>
      <DirectoryNotices people={people} />
    </div>
  );
}
