import { Option, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { mergePeople, type DirectoryPerson, type DirectoryStatus } from '../../domain/directory';
import { addMessages } from '../../i18n';
import * as messages from '../../i18n/tab/people';
import { useApp } from '../appContext';
import type { Person } from '../types';
import { useResource } from '../useResource';
import { fold, useDirectorySearch } from './useDirectorySearch';
import { visuallyHidden } from './visuallyHidden';

addMessages(messages);

export interface PeopleOptions {
  /** What the picker offers: the pinned, then the known whose names match, then the directory's finds; each person once. */
  options: DirectoryPerson[];
  /** The people the app knows (GET /api/people without a query). */
  all: DirectoryPerson[];
  /** Loading the known people failed. */
  error: Error | undefined;
  /** Whether the options include the organisation's directory for what was typed. */
  directory: DirectoryStatus;
  /** The signed-in user must consent before the directory can be searched (`consentMessage` says so in the server's words). */
  consentRequired: boolean;
  consentMessage: string | null;
  /** The answer for what was typed is on its way. */
  searching: boolean;
  /** Forgets the answers and searches again (after consent). */
  retry: () => void;
}

/**
 * The people a picker offers: those already chosen (`pinned`) always first, even when the app
 * does not know them, then the people the app knows (GET /api/people, loaded once) whose names
 * contain what was typed (`query`, any case or accent), then — from two characters — the people
 * the server found in the organisation's directory (GET /api/people?q=, debounced, kept per text).
 */
export function usePeopleOptions(pinned: readonly Person[], query: string): PeopleOptions {
  const { api } = useApp();
  const people = useResource(() => api.people(), [api]);
  const search = useDirectorySearch(query);
  const all = useMemo(() => people.data?.items ?? [], [people.data]);
  const options = useMemo(() => {
    const needle = fold(query.trim());
    const known = [...pinned, ...all].filter((p) => !needle || fold(p.name).includes(needle));
    return mergePeople(known, search.found, Number.POSITIVE_INFINITY);
  }, [all, pinned, query, search.found]);
  return {
    options,
    all,
    error: people.error,
    directory: search.directory,
    consentRequired: search.consent !== null,
    consentMessage: search.consent,
    searching: search.searching,
    retry: search.retry,
  };
}

/**
 * Fluent's single-select Combobox "clears the selection" (onOptionSelect without a value) as soon
 * as the typed text no longer starts like an option's text — that is, while the user types a
 * search, often for someone the directory has not answered with yet. That is no choice: the
 * pickers ignore it and keep both the chosen person and the typed text. (The clear button of a
 * `clearable` box clears with a click, not a change, and still counts.)
 */
export const isTypingClear = (event: { type: string }, data: { optionValue?: string | undefined }): boolean =>
  data.optionValue === undefined && event.type === 'change';

/** Just the person (id and name), as the API takes it: a directory person's title and mail stay behind. */
export const asPerson = (p: Person): Person => ({ id: p.id, name: p.name });

/** What is shown under a person's name: job title · department, else the mail address. */
export function detailOf(p: DirectoryPerson): string {
  const role = [p.jobTitle, p.department].filter((s): s is string => !!s?.trim()).join(' · ');
  return role || (p.mail ?? '');
}

const useStyles = makeStyles({
  lines: { display: 'flex', flexDirection: 'column' },
  detail: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  hidden: visuallyHidden,
});

/**
 * The people as a combobox's options: their id the value, their name the text (what the box
 * shows once picked). A person with a title, department or mail shows it on a second line,
 * which is part of the option's accessible name (after a comma, so it is read as a pause).
 */
export function PersonOptions({ people }: { people: readonly DirectoryPerson[] }) {
  const styles = useStyles();
  return (
    <>
      {people.map((p) => {
        const detail = detailOf(p);
        return (
          <Option key={p.id} value={p.id} text={p.name}>
            {detail ? (
              <span className={styles.lines}>
                <span>{p.name}</span>
                <span className={styles.hidden}>, </span>
                <span className={styles.detail}>{detail}</span>
              </span>
            ) : (
              p.name
            )}
          </Option>
        );
      })}
    </>
  );
}
