import { Option } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useApp } from '../appContext';
import type { Person } from '../types';
import { useResource } from '../useResource';

/**
 * The people a picker offers (GET /api/people): those already chosen (`pinned`) always among
 * them, even when the list does not know them, then the list; narrowed to the names that
 * contain what was typed (`query`, any case).
 */
export function usePeopleOptions(pinned: readonly Person[], query: string) {
  const { api } = useApp();
  const people = useResource(() => api.people(), [api]);
  const options = useMemo(() => {
    const all = people.data?.items ?? [];
    const known = [...pinned.filter((p) => !all.some((a) => a.id === p.id)), ...all];
    const needle = query.trim().toLocaleLowerCase();
    return needle ? known.filter((p) => p.name.toLocaleLowerCase().includes(needle)) : known;
  }, [people.data, pinned, query]);
  return { options, all: people.data?.items ?? [], error: people.error };
}

/** The people as a combobox's options (their id the value, their name the text). */
export function PersonOptions({ people }: { people: readonly Person[] }) {
  return (
    <>
      {people.map((p) => (
        <Option key={p.id} value={p.id} text={p.name}>
          {p.name}
        </Option>
      ))}
    </>
  );
}
