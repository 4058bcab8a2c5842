import { useCallback, useMemo } from 'react';
import type { HeldRight, RoleSource } from '../../../../domain/access';
import type { TeamRole } from '../../../../domain/forvaltningTeam';
import type { Right } from '../../../../domain/rights';
import type { Role } from '../../../../domain/roles';
import { formatDateTime, useLocale, useT } from '../../../i18n';
import { useTimeZone } from '../../../appContext';

/** The role in the app that a place in the förvaltning team gives (domain/access.ts decides the same). */
export const APP_ROLE_OF: Record<TeamRole, Role> = { owner: 'förvaltningsledare', member: 'member', guest: 'reader' };

/**
 * The words of Inställningar › Roller for the domain's names: roles, team roles, rights and
 * where a role or a right came from, in the reader's language; instants in the app's zone.
 */
export function useRoleWords() {
  const t = useT();
  const locale = useLocale();
  const zone = useTimeZone();
  const when = useCallback((iso: string) => formatDateTime(iso, locale, zone), [locale, zone]);
  return useMemo(
    () => ({
      when,
      role: (role: Role) => t(`role.${role}`),
      teamRole: (role: TeamRole) => t(`tab.roles.teamRole.${role}`),
      /** The right's name in a sentence ("projektägare"). */
      right: (right: Right) => t(`tab.roles.right.${right}`),
      /** The right's name as a heading ("Projektägare"). */
      rightTitle: (right: Right) => t(`tab.roles.right.${right}.title`),
      rightHint: (right: Right) => t(`tab.roles.right.${right}.hint`),
      roleSource: (source: RoleSource) => t(`tab.roles.roleSource.${source}`),
      rightSource: (held: HeldRight) => {
        if (held.source !== 'granted') return t(`tab.roles.rightSource.${held.source}`);
        return held.grantedBy && held.grantedAt
          ? t('tab.roles.rightSource.granted', { name: held.grantedBy.name, when: when(held.grantedAt) })
          : t('tab.roles.rightSource.grantedHere');
      },
    }),
    [t, when],
  );
}

export type RoleWords = ReturnType<typeof useRoleWords>;
