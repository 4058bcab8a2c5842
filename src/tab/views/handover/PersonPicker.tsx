import { Combobox, Field, Option } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useApp } from '../../appContext';
import { useT } from '../../i18n';
import type { Person } from '../../types';
import { useResource } from '../../useResource';

/** Who is responsible: a combobox over GET /api/people, with "Ingen ansvarig" to clear it. */
const NONE = '__none__';

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
  const { api } = useApp();
  const people = useResource(() => api.get<{ items: Person[] }>('/api/people'), [api]);
  const [query, setQuery] = useState(value?.name ?? '');

  const options = useMemo(() => {
    const all = people.data?.items ?? [];
    // The person already chosen is always an option, even if the list does not know them.
    const known = value && !all.some((p) => p.id === value.id) ? [value, ...all] : all;
    const needle = query.trim().toLocaleLowerCase();
    if (!needle || needle === value?.name.toLocaleLowerCase()) return known;
    return known.filter((p) => p.name.toLocaleLowerCase().includes(needle));
  }, [people.data, value, query]);

  const message = validationMessage ?? (people.error ? t('tab.handover.edit.peopleError', { message: people.error.message }) : undefined);
  return (
    <Field label={label} validationMessage={message} validationState={message ? 'error' : 'none'}>
      <Combobox
        value={query}
        selectedOptions={[value?.id ?? NONE]}
        placeholder={t('tab.handover.edit.responsiblePlaceholder')}
        onChange={(event) => setQuery(event.target.value)}
        onOptionSelect={(_, data) => {
          const person = data.optionValue === NONE ? null : (options.find((p) => p.id === data.optionValue) ?? null);
          onChange(person);
          setQuery(person?.name ?? '');
        }}
        onBlur={() => setQuery(value?.name ?? '')}
      >
        <Option value={NONE} text={t('tab.handover.item.noResponsible')}>
          {t('tab.handover.item.noResponsible')}
        </Option>
        {options.map((p) => (
          <Option key={p.id} value={p.id} text={p.name}>
            {p.name}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
