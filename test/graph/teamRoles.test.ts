import { FAKE_USER } from '../helpers/entraFake';
import { FakeConnector, startFakeConnector } from '../helpers/fakeConnector';
import { waitFor } from '../helpers/serverProcess';
import { cardText, channelMessage, post, teamInstallation, teamMembersChanged, teamsTeam, teamsUser } from '../helpers/teamsActivity';
import { TeamMemberFake } from '../helpers/graphFake';
import { Tenant, startTenant } from './graphFixture';

/**
 * Roles from the team, in the tenant: the built server in AUTH_MODE=entra with the bot
 * (anonymous on loopback) and the fake Graph's team rosters. The förvaltning team is chosen by
 * one of its owners; its owners are förvaltningsledare, its members members, everyone else a
 * reader; a removed member loses the role when Teams tells the bot, a promoted owner gains it by
 * the next refresh; while Graph cannot answer, the last known roster holds.
 */
jest.setTimeout(90_000);

const person = (key: string, name: string) => ({ oid: `dddddddd-0000-4000-8000-${key.padStart(12, '0')}`, name });
const OWNER = { oid: FAKE_USER.oid, name: FAKE_USER.name };
const MEMBER = person('1', 'Johan Ek');
const PROMOTED = person('2', 'Sara Nilsson');
const GUEST = person('3', 'Extern Konsult');
const OUTSIDER = person('4', 'Karl Åberg');
const teamsOf = (p: { oid: string; name: string }) => teamsUser(p.oid.slice(-4), { aadObjectId: p.oid, name: p.name });
const GROUP = '0f1e2d3c-0000-4000-8000-00000000abcd';
const team = { ...teamsTeam('roles', ['Uppföljning']), groupId: GROUP };
const channel = team.channels[0]!.id;
const rosterMember = (p: { oid: string; name: string }, roles: string[]): TeamMemberFake => ({ userId: p.oid, displayName: p.name, roles });

let tenant: Tenant;
let connector: FakeConnector;
const me = async (p: { oid: string; name: string }) => (await tenant.get('/api/me', { oid: p.oid, name: p.name })).json;
const roleOf = async (p: { oid: string; name: string }) => (await me(p)).access;
const say = (p: { oid: string; name: string }, text: string) => post(tenant.server.url, channelMessage(teamsOf(p), connector.serviceUrl, team, channel, text));
/** The cards the bot answered with in the channel (each answer in its own thread). */
const lastCard = () =>
  cardText(
    connector.calls
      .filter((c) => c.conversationId?.split(';')[0] === channel && c.status === 200 && c.method === 'POST')
      .flatMap((c) => (c.body?.attachments ?? []).map((a: { content: unknown }) => a.content))
      .at(-1),
  );

beforeAll(async () => {
  connector = await startFakeConnector();
  tenant = await startTenant({ NOTIFIER_INTERVAL_MS: '200', ROSTER_REFRESH_MS: '1500' });
  // Two members a page: the roster is read over several pages.
  tenant.graph.pageSize = 2;
  tenant.graph.teams.set(GROUP, {
    appInstalled: true,
    members: [rosterMember(OWNER, ['owner']), rosterMember(MEMBER, []), rosterMember(PROMOTED, []), rosterMember(GUEST, ['guest'])],
  });
});
afterAll(async () => {
  await tenant?.stop();
  await connector?.stop();
});

describe('the förvaltning team confers roles', () => {
  it('before a team is chosen everyone is a reader (no ROLE_* lists)', async () => {
    expect(await roleOf(OWNER)).toEqual({ role: 'reader', roleSource: 'tenant', rights: [] });
  });

  it('a member of the team cannot choose it; "följ upp här" by its owner does, and they become förvaltningsledare', async () => {
    await say(MEMBER, 'följ upp här');
    expect(lastCard()).toContain('Din roll (läsare) får inte göra detta.');
    expect((await roleOf(MEMBER)).role).toBe('reader');

    await say(OWNER, 'följ upp här');
    expect(lastCard()).toContain('Kanalen följer upp restlistan');
    expect(lastCard()).toContain(`${team.name} är nu förvaltningsteamet: teamets ägare är förvaltningsledare`);
    // The roster was read with the app's own token, from the team's group id.
    const rosterReads = tenant.graph.received.filter((r) => r.path === `/v1.0/teams/${GROUP}/members`);
    // Read for each asker (the member's try too), over two pages each.
    expect(rosterReads.map((r) => r.query.$skiptoken ?? '0')).toEqual(['0', '2', '0', '2']);
    expect(rosterReads.every((r) => r.caller === 'app' && r.status === 200)).toBe(true);
    expect(tenant.entra.tokenRequests.some((r) => r.grantType === 'client_credentials' && r.clientSecretMatched)).toBe(true);

    expect(await roleOf(OWNER)).toEqual({ role: 'förvaltningsledare', roleSource: 'team.owner', rights: [] });
    expect(await roleOf(MEMBER)).toMatchObject({ role: 'member', roleSource: 'team.member' });
    expect(await roleOf(GUEST)).toMatchObject({ role: 'reader', roleSource: 'tenant' });
    expect(await roleOf(OUTSIDER)).toMatchObject({ role: 'reader', roleSource: 'tenant' });
    expect((await me(MEMBER)).permissions['activity.edit']).toBe(true);

    const overview = (await tenant.get('/api/access', { oid: MEMBER.oid, name: MEMBER.name })).json;
    expect(overview.team).toMatchObject({ id: GROUP, name: team.name, chosenBy: { id: OWNER.oid } });
    expect(overview.roster.map((m: { name: string; role: string }) => `${m.name}:${m.role}`).sort()).toEqual([
      'Extern Konsult:guest',
      'Johan Ek:member',
      'Maria Lindqvist:owner',
      'Sara Nilsson:member',
    ]);
  });

  it('a right granted by the förvaltningsledare appears in the holder\'s /api/me', async () => {
    const version = (await tenant.get('/api/access', { oid: OWNER.oid, name: OWNER.name })).json.rights.version;
    const res = await fetch(`${tenant.server.url}/api/rights`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await tenant.entra.sign({ oid: OWNER.oid, name: OWNER.name })}`, 'content-type': 'application/json', 'if-match': `"${version}"` },
      body: JSON.stringify({ right: 'projektägare', person: { id: OUTSIDER.oid, name: OUTSIDER.name } }),
    });
    expect(res.status).toBe(200);
    const outsider = await me(OUTSIDER);
    expect(outsider.access).toMatchObject({ role: 'reader', rights: [{ right: 'projektägare', source: 'granted', grantedBy: { id: OWNER.oid } }] });
    expect(outsider.permissions['checklist.sign.projektägare']).toBe(true);
  });

  it('a removed member loses the role as soon as Teams tells the bot', async () => {
    const team0 = tenant.graph.teams.get(GROUP)!;
    team0.members = team0.members.filter((m) => m.userId !== MEMBER.oid);
    await post(tenant.server.url, teamMembersChanged(teamsOf(OWNER), connector.serviceUrl, team, { removed: [teamsOf(MEMBER)] }));
    expect(await roleOf(MEMBER)).toMatchObject({ role: 'reader', roleSource: 'tenant' });
  });

  it('an owner promotion sends no event: the promoted owner is förvaltningsledare by the next refresh', async () => {
    tenant.graph.teams.get(GROUP)!.members.find((m) => m.userId === PROMOTED.oid)!.roles = ['owner'];
    expect(await waitFor(async () => (await roleOf(PROMOTED)).role === 'förvaltningsledare', 15_000, 250)).toBe(true);
    expect((await roleOf(PROMOTED)).roleSource).toBe('team.owner');
  });

  it('while Graph cannot answer (503, 429), the last known roster holds: nobody is demoted by an outage', async () => {
    tenant.graph.fault({ path: `/v1.0/teams/${GROUP}`, status: 503, headers: { 'retry-after': '0' }, times: 1000 });
    const team0 = tenant.graph.teams.get(GROUP)!;
    team0.members = [];
    await post(tenant.server.url, teamMembersChanged(teamsOf(OWNER), connector.serviceUrl, team, { removed: [teamsOf(PROMOTED)] }));
    // The scheduler has tried meanwhile too.
    await new Promise((r) => setTimeout(r, 2000));
    expect((await roleOf(OWNER)).role).toBe('förvaltningsledare');
    expect((await roleOf(PROMOTED)).role).toBe('förvaltningsledare');
    expect(tenant.server.output()).toMatch(/"call":"teamRoster".*"reason":"unavailable"/);
    expect(tenant.server.output()).not.toMatch(/"statusCode":5\d\d/);
  });
});

describe('choosing by install, and moving the team', () => {
  let fresh: Tenant;
  const OTHER_GROUP = '0f1e2d3c-0000-4000-8000-00000000beef';
  const other = { ...teamsTeam('other', ['Allmänt']), groupId: OTHER_GROUP };
  beforeAll(async () => {
    fresh = await startTenant({ NOTIFIER_INTERVAL_MS: '0' });
    fresh.graph.teams.set(GROUP, { appInstalled: true, members: [rosterMember(OWNER, ['owner']), rosterMember(MEMBER, [])] });
    fresh.graph.teams.set(OTHER_GROUP, { appInstalled: true, members: [rosterMember(MEMBER, ['owner']), rosterMember(OWNER, ['owner'])] });
  });
  afterAll(() => fresh?.stop());

  const role = async (p: { oid: string; name: string }) => (await fresh.get('/api/me', { oid: p.oid, name: p.name })).json.access;

  it('installed by an owner while there is no förvaltning team: that team is chosen; a later install elsewhere changes nothing', async () => {
    await post(fresh.server.url, teamInstallation(teamsOf(OWNER), connector.serviceUrl, team, 'add'));
    expect(await role(OWNER)).toMatchObject({ role: 'förvaltningsledare', roleSource: 'team.owner' });
    await post(fresh.server.url, teamInstallation(teamsOf(MEMBER), connector.serviceUrl, other, 'add'));
    expect(await role(MEMBER)).toMatchObject({ role: 'member', roleSource: 'team.member' });
  });

  it('a member who owns another team cannot move it there; a förvaltningsledare who owns it can', async () => {
    await post(fresh.server.url, channelMessage(teamsOf(MEMBER), connector.serviceUrl, other, other.id, 'följ upp här'));
    expect(await role(MEMBER)).toMatchObject({ role: 'member' });
    await post(fresh.server.url, channelMessage(teamsOf(OWNER), connector.serviceUrl, other, other.id, 'följ upp här'));
    expect(await role(MEMBER)).toMatchObject({ role: 'förvaltningsledare', roleSource: 'team.owner' });
    const trail = (await fresh.get('/api/audit?type=team&order=oldest', { oid: OWNER.oid, name: OWNER.name })).json;
    expect(trail.entries.map((e: { action: string }) => e.action)).toEqual(['team.chosen', 'team.chosen']);
  });
});
