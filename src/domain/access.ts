import { ForvaltningTeam, teamRoleOf } from './forvaltningTeam';
import { Person } from './person';
import { RIGHTS, Right, Rights, grantsOf } from './rights';
import { Role, outranks } from './roles';

/**
 * What a person may do and why: the role from the förvaltning team's roster (owners are
 * förvaltningsledare, members are members; guests and everyone else in the tenant are readers),
 * raised — never lowered — by the break-glass lists (ROLE_FORVALTNINGSLEDARE, ROLE_MEMBERS);
 * the rights as granted in Inställningar › Roller, or by ROLE_PROJEKTAGARE. In dev mode the demo
 * users bring their demo role and rights. The one place that decides; GET /api/me and
 * Inställningar › Roller show the sources.
 */
export type RoleSource = 'team.owner' | 'team.member' | 'list.forvaltningsledare' | 'list.members' | 'demo' | 'tenant';
export type RightSource = 'granted' | 'list.projektagare' | 'demo';

export interface HeldRight {
  right: Right;
  source: RightSource;
  grantedBy?: Person;
  grantedAt?: string;
}

export interface Access {
  role: Role;
  roleSource: RoleSource;
  rights: HeldRight[];
}

/** The configured lists of object ids (break-glass and tests): they only ever add. */
export interface RoleLists {
  leads: readonly string[];
  members: readonly string[];
  projectOwners: readonly string[];
}

export function accessOf(
  personId: string,
  sources: { team: ForvaltningTeam; rights: Rights; lists: RoleLists; /** Dev mode: a demo user's own role and rights. */ demo?: { role: Role; rights: readonly Right[] } },
): Access {
  const { team, rights, lists, demo } = sources;
  const candidates: { role: Role; source: RoleSource }[] = [{ role: 'reader', source: 'tenant' }];
  if (demo) candidates.push({ role: demo.role, source: 'demo' });
  const inTeam = team.team ? teamRoleOf(team, personId) : null;
  if (inTeam === 'owner') candidates.push({ role: 'förvaltningsledare', source: 'team.owner' });
  if (inTeam === 'member') candidates.push({ role: 'member', source: 'team.member' });
  if (lists.leads.includes(personId)) candidates.push({ role: 'förvaltningsledare', source: 'list.forvaltningsledare' });
  if (lists.members.includes(personId)) candidates.push({ role: 'member', source: 'list.members' });
  // The highest role wins; of equals, the first named (demo, then the team, then the lists).
  const best = candidates.reduce((a, b) => (outranks(b.role, a.role) ? b : a));

  const held: HeldRight[] = grantsOf(rights, personId).map((g) => ({ right: g.right, source: 'granted', grantedBy: g.grantedBy, grantedAt: g.grantedAt }));
  const add = (right: Right, source: RightSource) => {
    if (!held.some((h) => h.right === right)) held.push({ right, source });
  };
  for (const right of demo?.rights ?? []) add(right, 'demo');
  if (lists.projectOwners.includes(personId)) add('projektägare', 'list.projektagare');
  held.sort((a, b) => RIGHTS.indexOf(a.right) - RIGHTS.indexOf(b.right));
  return { role: best.role, roleSource: best.source, rights: held };
}

/** Inställningar › Roller: the förvaltning team, its roster, the granted rights and the lists, each the source of someone's role or right. */
export interface AccessOverview {
  team: ForvaltningTeam['team'];
  roster: ForvaltningTeam['roster'];
  rosterSince: string | null;
  /** Whether the app can read rosters (Graph on): without it, roles come from the lists (and dev mode's demo users). */
  rostersFromGraph: boolean;
  rights: Rights;
  lists: RoleLists;
}
