import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import { fieldsetFrame, fieldsetLegend } from '../../../components/fieldset';
import { useT } from '../../../i18n';
import type { Person } from '../../../../domain/person';
import { RIGHTS, type Right, type Rights } from '../../../../domain/rights';
import { GrantPersonPicker } from './GrantPersonPicker';
import type { RightsEditor } from './useRightsEditor';
import { useRoleWords } from './words';

const useStyles = makeStyles({
  fieldset: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    ...fieldsetFrame,
  },
  legend: fieldsetLegend,
  field: { minWidth: '220px', flexGrow: 1, maxWidth: '340px' },
  // Level with the boxes, below their labels.
  submit: { marginTop: `calc(${tokens.lineHeightBase300} + ${tokens.spacingVerticalXXS})` },
});

/**
 * "Ge rättighet" (the förvaltningsledare): the right — a choice only when there is more than one
 * — and the person, anyone in the organisation. A person who holds the right already is told so
 * at the field; a grant clears the form.
 */
export function GrantForm({ rights, editor }: { rights: Rights; editor: RightsEditor }) {
  const t = useT();
  const words = useRoleWords();
  const styles = useStyles();
  const [right, setRight] = useState<Right>(RIGHTS[0]);
  const [person, setPerson] = useState<Person | null>(null);
  const [personError, setPersonError] = useState<string | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (editor.busy) return;
    if (!person) {
      setPersonError(t('tab.roles.grant.choosePerson'));
      return;
    }
    if (rights.grants.some((g) => g.right === right && g.person.id === person.id)) {
      setPersonError(t('tab.roles.grant.already', { name: person.name, right: words.right(right) }));
      return;
    }
    setPersonError(undefined);
    if ((await editor.grant(right, person)) === 'done') setPerson(null);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-busy={editor.busy} data-testid="roles-grant">
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('tab.roles.grant.legend')}</legend>
        {RIGHTS.length > 1 && (
          <Field label={t('tab.roles.grant.right')} className={styles.field}>
            <Select value={right} onChange={(_, d) => setRight(d.value as Right)}>
              {RIGHTS.map((r) => (
                <option key={r} value={r}>
                  {words.rightTitle(r)}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <div className={styles.field}>
          <GrantPersonPicker
            value={person}
            validationMessage={personError}
            onChange={(p) => {
              setPerson(p);
              setPersonError(undefined);
            }}
          />
        </div>
        <Button type="submit" appearance="primary" className={styles.submit} disabledFocusable={editor.busy}>
          {editor.busy ? t('tab.roles.grant.busy') : t('tab.roles.grant.submit')}
        </Button>
      </fieldset>
    </form>
  );
}
