import { useMemo } from 'react';
import { OwnerPicker } from '../../components/OwnerPicker';
import { useT } from '../../i18n';
import type { Person } from '../../types';

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
  const chosen = value === undefined ? current : value;
  const pinned = useMemo(() => [chosen, current].filter((p): p is Person => p !== null), [chosen, current]);
  return (
    <OwnerPicker
      label={t('tab.meeting.form.owner')}
      hint={t('tab.meeting.form.ownerHint')}
      validationMessage={validationMessage}
      value={chosen}
      known={pinned}
      onChange={onChange}
    />
  );
}
