import { AuditChange, AuditDraft, AuditDraftValue, auditDraft } from './audit';
import { Person } from './person';
import { Result, fail, ok } from './problem';
import type { Role } from './roles';

/**
 * The förvaltning team: the one Teams team whose roster confers roles — its owners are
 * förvaltningsledare, its members are members (access.ts). It is chosen when one of its owners
 * says "följ upp här" in one of its channels, or — while there is none — when one of its owners
 * installs the app in it. Moving to another team takes a current förvaltningsledare who owns
 * that team too. The roster is read from Microsoft Graph and kept: while Graph is unavailable
 * the last known roster holds, so nobody is demoted by an outage.
 */
export type TeamRole = 'owner' | 'member' | 'guest';

export interface RosterMember {
  /** The person's Entra object id. */
  id: string;
  name: string;
  role: TeamRole;
}

export interface ForvaltningTeam {
  /** 0: none stored yet. */
  version: number;
  team: {
    /** The team's Microsoft 365 group id (what Graph's /teams/{id} takes). */
    id: string;
    name: string | null;
    chosenBy: Person;
    chosenAt: string;
  } | null;
  /** The roster as Graph last answered it, by object id. */
  roster: RosterMember[];
  /** When the stored roster was read (it is stored again only when it changed). */
  rosterSince: string | null;
}

export const noTeam = (): ForvaltningTeam => ({ version: 0, team: null, roster: [], rosterSince: null });

const RECORD = { type: 'team', id: 'default' } as const;
const byId = (a: RosterMember, b: RosterMember) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const teamRoleOf = (team: ForvaltningTeam, personId: string): TeamRole | null => team.roster.find((m) => m.id === personId)?.role ?? null;

/**
 * The roster's changes as the trail keeps them: per role (`roster.owner`, `roster.member`,
 * `roster.guest`) a person who came (from null to them) or went (from them to null); a new role
 * is leaving one and joining the other.
 */
function rosterChanges(before: readonly RosterMember[], after: readonly RosterMember[]): AuditChange<AuditDraftValue>[] {
  const key = (m: RosterMember) => `${m.role}\n${m.id}`;
  const was = new Set(before.map(key));
  const is = new Set(after.map(key));
  const person = (m: RosterMember) => ({ person: { id: m.id, name: m.name } });
  return [
    ...before.filter((m) => !is.has(key(m))).map((m) => ({ field: `roster.${m.role}`, from: person(m), to: null })),
    ...after.filter((m) => !was.has(key(m))).map((m) => ({ field: `roster.${m.role}`, from: null, to: person(m) })),
  ];
}

/**
 * The team `actor` asks to make the förvaltning team, with its roster as Graph gave it.
 * Refused unless the actor owns it; moving from another team also needs the actor to be a
 * förvaltningsledare now. The same team again only refreshes the roster (`audit` null when nothing changed).
 */
export function chooseTeam(
  current: ForvaltningTeam,
  candidate: { id: string; name: string | null },
  roster: readonly RosterMember[],
  actor: Person & { role: Role },
  at: Date,
): Result<{ team: ForvaltningTeam; audit: AuditDraft | null }> {
  if (roster.find((m) => m.id === actor.id)?.role !== 'owner') return fail('forbidden', 'team.notOwner', { params: { team: candidate.name ?? '' } });
  if (current.team && current.team.id !== candidate.id && actor.role !== 'förvaltningsledare') {
    return fail('forbidden', 'team.moveNeedsLead', { params: { team: current.team.name ?? '' } });
  }
  if (current.team?.id === candidate.id) {
    const refreshed = withRoster(current, roster, at);
    return ok(refreshed ?? { team: current, audit: null });
  }
  const sorted = [...roster].sort(byId);
  const team: ForvaltningTeam = {
    version: current.version,
    team: { id: candidate.id, name: candidate.name, chosenBy: { id: actor.id, name: actor.name }, chosenAt: at.toISOString() },
    roster: sorted,
    rosterSince: at.toISOString(),
  };
  const audit = auditDraft(at, { id: actor.id, name: actor.name }, RECORD, 'team.chosen', [
    { field: 'team', from: current.team?.name ?? current.team?.id ?? null, to: candidate.name ?? candidate.id },
  ]);
  return ok({ team, audit });
}

/** The team with the roster Graph answered now; null when it is the one already kept. */
export function withRoster(current: ForvaltningTeam, roster: readonly RosterMember[], at: Date): { team: ForvaltningTeam; audit: AuditDraft } | null {
  const sorted = [...roster].sort(byId);
  const changes = rosterChanges(current.roster, sorted);
  if (changes.length === 0) return null;
  return {
    team: { ...current, roster: sorted, rosterSince: at.toISOString() },
    // The app itself read the roster: no actor.
    audit: auditDraft(at, null, RECORD, 'team.rosterChanged', changes),
  };
}
