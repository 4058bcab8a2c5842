import { RoleLists, accessOf } from './access';
import { ForvaltningTeam, RosterMember, chooseTeam, noTeam, withRoster } from './forvaltningTeam';
import { grantRight, noRights, withdrawRight } from './rights';

const AT = new Date('2026-12-07T09:00:00.000Z');
const LATER = new Date('2026-12-07T09:15:00.000Z');
const owner: RosterMember = { id: 'o1', name: 'Maria Lindqvist', role: 'owner' };
const member: RosterMember = { id: 'm1', name: 'Johan Ek', role: 'member' };
const guest: RosterMember = { id: 'g1', name: 'Extern Konsult', role: 'guest' };
const NO_LISTS: RoleLists = { leads: [], members: [], projectOwners: [] };
const teamWith = (roster: RosterMember[]): ForvaltningTeam => ({
  version: 1,
  team: { id: 'group-1', name: 'O365 Förvaltning', chosenBy: owner, chosenAt: AT.toISOString() },
  roster,
  rosterSince: AT.toISOString(),
});

describe('where a role comes from', () => {
  const team = teamWith([owner, member, guest]);
  const of = (id: string, lists = NO_LISTS) => accessOf(id, { team, rights: noRights(), lists });

  it('the förvaltning team: owners are förvaltningsledare, members are members, guests and everyone else readers', () => {
    expect(of('o1')).toEqual({ role: 'förvaltningsledare', roleSource: 'team.owner', rights: [] });
    expect(of('m1')).toEqual({ role: 'member', roleSource: 'team.member', rights: [] });
    expect(of('g1')).toEqual({ role: 'reader', roleSource: 'tenant', rights: [] });
    expect(of('x1')).toEqual({ role: 'reader', roleSource: 'tenant', rights: [] });
  });

  it('the lists only ever add: they raise a role, never lower one', () => {
    expect(of('x1', { ...NO_LISTS, members: ['x1'] })).toMatchObject({ role: 'member', roleSource: 'list.members' });
    expect(of('m1', { ...NO_LISTS, leads: ['m1'] })).toMatchObject({ role: 'förvaltningsledare', roleSource: 'list.forvaltningsledare' });
    expect(of('o1', { ...NO_LISTS, members: ['o1'] })).toMatchObject({ role: 'förvaltningsledare', roleSource: 'team.owner' });
  });

  it('no team chosen: everyone is a reader unless a list says otherwise', () => {
    expect(accessOf('o1', { team: noTeam(), rights: noRights(), lists: NO_LISTS }).role).toBe('reader');
  });

  it('a demo user brings their demo role; the team and the lists can still raise it', () => {
    expect(accessOf('m1', { team, rights: noRights(), lists: NO_LISTS, demo: { role: 'reader', rights: [] } })).toMatchObject({ role: 'member', roleSource: 'team.member' });
    expect(accessOf('x1', { team, rights: noRights(), lists: NO_LISTS, demo: { role: 'member', rights: ['projektägare'] } })).toEqual({
      role: 'member',
      roleSource: 'demo',
      rights: [{ right: 'projektägare', source: 'demo' }],
    });
  });
});

describe('rights', () => {
  it('are granted to anyone, once, with who and when; the list adds one too; withdrawn only when held', () => {
    const lead = { id: 'o1', name: 'Maria Lindqvist' };
    const { rights, audit } = grantRight(noRights(), 'projektägare', { id: 'x1', name: 'Anders Berg' }, lead, AT);
    expect(audit).toMatchObject({ action: 'rights.granted', actor: lead, subject: { id: 'x1' }, changes: [{ field: 'right', from: null, to: 'projektägare' }] });
    expect(grantRight(rights, 'projektägare', { id: 'x1', name: 'Anders Berg' }, lead, LATER)).toEqual({ rights, audit: null });
    expect(accessOf('x1', { team: noTeam(), rights, lists: NO_LISTS }).rights).toEqual([
      { right: 'projektägare', source: 'granted', grantedBy: lead, grantedAt: AT.toISOString() },
    ]);
    expect(accessOf('y1', { team: noTeam(), rights, lists: { ...NO_LISTS, projectOwners: ['y1'] } }).rights).toEqual([{ right: 'projektägare', source: 'list.projektagare' }]);

    const withdrawn = withdrawRight(rights, 'projektägare', 'x1', lead, LATER);
    expect(withdrawn.ok && withdrawn.value.rights.grants).toEqual([]);
    expect(withdrawn.ok && withdrawn.value.audit).toMatchObject({ action: 'rights.withdrawn', subject: { id: 'x1', name: 'Anders Berg' } });
    expect(withdrawRight(noRights(), 'projektägare', 'x1', lead, LATER)).toMatchObject({ ok: false, problem: { kind: 'not_found' } });
  });
});

describe('choosing the förvaltning team', () => {
  const roster = [owner, member];
  const candidate = { id: 'group-1', name: 'O365 Förvaltning' };

  it('an owner of the team chooses it when there is none; a member cannot', () => {
    const chosen = chooseTeam(noTeam(), candidate, roster, { ...owner, role: 'reader' }, AT);
    expect(chosen.ok && chosen.value.team).toMatchObject({ team: { id: 'group-1', chosenBy: { id: 'o1' } }, roster: [member, owner] });
    expect(chosen.ok && chosen.value.audit).toMatchObject({ action: 'team.chosen', changes: [{ field: 'team', from: null, to: 'O365 Förvaltning' }] });
    expect(chooseTeam(noTeam(), candidate, roster, { ...member, role: 'reader' }, AT)).toMatchObject({ ok: false, problem: { kind: 'forbidden', code: 'team.notOwner' } });
  });

  it('moving to another team takes a förvaltningsledare who owns that team too', () => {
    const current = teamWith(roster);
    const other = { id: 'group-2', name: 'IT-stöd' };
    const theirs = [{ ...member, role: 'owner' as const }];
    expect(chooseTeam(current, other, theirs, { ...member, role: 'member' }, LATER)).toMatchObject({ ok: false, problem: { code: 'team.moveNeedsLead' } });
    const moved = chooseTeam(current, other, [{ ...owner }], { ...owner, role: 'förvaltningsledare' }, LATER);
    expect(moved.ok && moved.value.team.team).toMatchObject({ id: 'group-2', name: 'IT-stöd' });
  });

  it('the same team again only refreshes the roster; an unchanged roster is no change', () => {
    const current = teamWith([member, owner]);
    expect(chooseTeam(current, candidate, [owner, member], { ...owner, role: 'förvaltningsledare' }, LATER)).toEqual({ ok: true, value: { team: current, audit: null } });
    expect(withRoster(current, [member, owner], LATER)).toBeNull();
  });

  it('a roster change is one entry: who came, who went, a new role as leaving one and joining the other', () => {
    const current = teamWith([member, owner]);
    const next = withRoster(current, [{ ...member, role: 'owner' }, owner, guest], LATER);
    expect(next?.team.rosterSince).toBe(LATER.toISOString());
    expect(next?.audit).toMatchObject({ action: 'team.rosterChanged', actor: null });
    expect(next?.audit.changes).toEqual([
      { field: 'roster.member', from: { person: { id: 'm1', name: 'Johan Ek' } }, to: null },
      { field: 'roster.guest', from: null, to: { person: { id: 'g1', name: 'Extern Konsult' } } },
      { field: 'roster.owner', from: null, to: { person: { id: 'm1', name: 'Johan Ek' } } },
    ]);
  });
});
