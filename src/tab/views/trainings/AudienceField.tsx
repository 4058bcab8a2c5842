import { Button, Caption1, Combobox, Field, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { DirectoryNotices } from '../../components/DirectoryNotices';
import { PersonOptions, asPerson, usePeopleOptions } from '../../components/people';
import { useT } from '../../i18n';
import type { Person } from '../../types';

/**
 * Who may sign up: everyone, or only the invited (picked from the people the app knows and the
 * organisation's directory, GET /api/people?q=; removable one by one).
 */
const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  invited: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, margin: 0, padding: 0, listStyleType: 'none' },
  person: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
});

export function AudienceField({
  audience,
  invitees,
  onAudience,
  onInvitees,
  validationMessage,
}: {
  audience: 'open' | 'invite';
  invitees: Person[];
  onAudience: (value: 'open' | 'invite') => void;
  onInvitees: (people: Person[]) => void;
  validationMessage?: string;
}) {
  const t = useT();
  const styles = useStyles();
  return (
    <div className={styles.group}>
      <Field label={t('tab.trainings.field.audience')} validationMessage={audience === 'open' ? validationMessage : undefined}>
        <RadioGroup value={audience} onChange={(_, data) => onAudience(data.value as 'open' | 'invite')} layout="horizontal">
          <Radio value="open" label={t('tab.trainings.field.audienceOpen')} />
          <Radio value="invite" label={t('tab.trainings.field.audienceInvite')} />
        </RadioGroup>
      </Field>
      {audience === 'invite' && (
        <>
          <InviteePicker invitees={invitees} onInvitees={onInvitees} validationMessage={validationMessage} />
          <div>
            <Caption1 as="p" id="training-invited-heading" style={{ margin: 0 }}>
              {t('tab.trainings.field.invited', { count: invitees.length })}
            </Caption1>
            {invitees.length === 0 ? (
              <Caption1>{t('tab.trainings.field.noInvitees')}</Caption1>
            ) : (
              <ul className={styles.invited} aria-labelledby="training-invited-heading">
                {invitees.map((p) => (
                  <li key={p.id} className={styles.person}>
                    {p.name}
                    <Button
                      size="small"
                      appearance="transparent"
                      icon={<DismissRegular />}
                      aria-label={t('tab.trainings.field.removeInvitee', { name: p.name })}
                      onClick={() => onInvitees(invitees.filter((q) => q.id !== p.id))}
                    />
                  </li>
                ))}
              </ul>
            )}
          </div>
        </>
      )}
    </div>
  );
}

function InviteePicker({
  invitees,
  onInvitees,
  validationMessage,
}: {
  invitees: Person[];
  onInvitees: (people: Person[]) => void;
  validationMessage?: string;
}) {
  const t = useT();
  const [query, setQuery] = useState('');
  // The invited are always options (the people list may not know them all), so they show as selected.
  const people = usePeopleOptions(invitees, query);
  const { options } = people;

  const message = validationMessage ?? (people.error ? t('tab.trainings.field.peopleError', { message: people.error.message }) : undefined);
  return (
    <div>
      <Field label={t('tab.trainings.field.invitees')} validationMessage={message} validationState={message ? 'error' : 'none'}>
        <Combobox
          multiselect
          value={query}
          placeholder={t('tab.trainings.field.inviteesPlaceholder')}
          selectedOptions={invitees.map((p) => p.id)}
          onChange={(event) => setQuery(event.target.value)}
          onOptionSelect={(_, data) => {
            const chosen = data.selectedOptions
              .map((id) => invitees.find((p) => p.id === id) ?? options.find((p) => p.id === id) ?? people.all.find((p) => p.id === id))
              .filter((p): p is Person => Boolean(p))
              .map(asPerson);
            onInvitees(chosen);
            setQuery('');
          }}
        >
          <PersonOptions people={options} />
        </Combobox>
      </Field>
      <DirectoryNotices people={people} />
    </div>
  );
}
