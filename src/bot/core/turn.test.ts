import { toBotTurn } from './turn';

const base = {
  id: 'act-1',
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  locale: 'sv-SE',
  from: { id: '29:u', name: 'Anna', aadObjectId: 'aad-1' },
  recipient: { id: '28:bot', name: 'Förvaltningsstöd' },
  conversation: { id: 'a:chat', conversationType: 'personal', tenantId: 't1' },
};

describe('toBotTurn', () => {
  it('reads a message: text, who, language, and the chat reference as plain JSON', () => {
    expect(toBotTurn({ ...base, type: 'message', text: 'utbildningar', replyToId: 'r1' })).toEqual({
      kind: 'message',
      type: 'message',
      activityId: 'act-1',
      text: 'utbildningar',
      value: undefined,
      replyToId: 'r1',
      actor: { aadObjectId: 'aad-1', channelUserId: '29:u', name: 'Anna' },
      locale: 'sv-SE',
      tenantId: 't1',
      conversationType: 'personal',
      reference: {
        channelId: 'msteams',
        serviceUrl: 'https://smba.trafficmanager.net/emea/',
        conversation: { id: 'a:chat', conversationType: 'personal', tenantId: 't1' },
        bot: { id: '28:bot', name: 'Förvaltningsstöd' },
        user: { id: '29:u', aadObjectId: 'aad-1' },
        locale: 'sv-SE',
      },
      team: null,
    });
  });

  it('reads the team and the channel of a message in a channel thread (the channel is the id before ";messageid=")', () => {
    const turn = toBotTurn({
      ...base,
      type: 'message',
      conversation: { id: '19:ch@thread.tacv2;messageid=1700', conversationType: 'channel', tenantId: 't1' },
      channelData: { team: { id: '19:team@thread.tacv2', name: 'O365 Förvaltning' }, channel: { id: '19:ch@thread.tacv2' }, tenant: { id: 't1' } },
    });
    expect(turn.team).toEqual({ id: '19:team@thread.tacv2', name: 'O365 Förvaltning', groupId: null, channelId: '19:ch@thread.tacv2', channelName: null });
    const general = toBotTurn({
      ...base,
      type: 'installationUpdate',
      action: 'add',
      conversation: { id: '19:team@thread.tacv2', conversationType: 'channel', tenantId: 't1' },
      channelData: { team: { id: '19:team@thread.tacv2', name: 'O365 Förvaltning' }, channel: { id: '19:team@thread.tacv2', name: 'General' } },
    });
    expect(general).toMatchObject({ kind: 'installed', team: { id: '19:team@thread.tacv2', channelId: '19:team@thread.tacv2', channelName: null } });
  });

  it('reads the team\'s Microsoft 365 group id, and people coming and going in a team (not the bot) as a roster change', () => {
    const team = { id: '19:team@thread.tacv2', name: 'O365 Förvaltning', aadGroupId: '0f1e2d3c-0000-4000-8000-00000000abcd' };
    const conversation = { id: '19:team@thread.tacv2', conversationType: 'channel' };
    const added = toBotTurn({ ...base, type: 'conversationUpdate', conversation, membersAdded: [{ id: '29:other' }], channelData: { eventType: 'teamMemberAdded', team } });
    expect(added).toMatchObject({ kind: 'membersChanged', team: { groupId: team.aadGroupId } });
    const removed = toBotTurn({ ...base, type: 'conversationUpdate', conversation, membersRemoved: [{ id: '29:other' }], channelData: { eventType: 'teamMemberRemoved', team } });
    expect(removed.kind).toBe('membersChanged');
    // Outside a team (a group chat) nobody's role depends on who is in it.
    expect(toBotTurn({ ...base, type: 'conversationUpdate', membersAdded: [{ id: '29:other' }] }).kind).toBe('other');
  });

  it('reads channel events in a team, and the message a card action came from', () => {
    const event = (eventType: string) =>
      toBotTurn({ ...base, type: 'conversationUpdate', conversation: { id: '19:team@thread.tacv2', conversationType: 'channel' }, channelData: { eventType, team: { id: '19:team@thread.tacv2' }, channel: { id: '19:new@thread.tacv2', name: 'Uppföljning' } } });
    expect(event('channelCreated')).toMatchObject({ kind: 'teamEvent', event: 'channelCreated', team: { channelId: '19:new@thread.tacv2', channelName: 'Uppföljning' } });
    expect(event('channelDeleted')).toMatchObject({ kind: 'teamEvent', event: 'channelDeleted' });
    expect(event('somethingElse').kind).toBe('other');
    expect(toBotTurn({ ...base, type: 'invoke', name: 'adaptiveCard/action', replyToId: 'activity-9' })).toMatchObject({ kind: 'invoke', replyToId: 'activity-9' });
  });

  it('takes the tenant from channelData when the conversation has none', () => {
    const turn = toBotTurn({ ...base, type: 'message', conversation: { id: 'a:chat', conversationType: 'personal' }, channelData: { tenant: { id: 't2' } } });
    expect(turn.tenantId).toBe('t2');
    expect(turn.reference?.conversation.tenantId).toBe('t2');
  });

  it.each([
    [{ type: 'invoke', name: 'adaptiveCard/action', value: { action: {} } }, 'invoke'],
    [{ type: 'installationUpdate', action: 'add' }, 'installed'],
    [{ type: 'installationUpdate', action: 'add-upgrade' }, 'installed'],
    [{ type: 'installationUpdate', action: 'remove' }, 'uninstalled'],
    [{ type: 'conversationUpdate', membersAdded: [{ id: '29:u' }, { id: '28:bot' }] }, 'installed'],
    [{ type: 'conversationUpdate', membersAdded: [{ id: '29:other' }] }, 'other'],
    [{ type: 'conversationUpdate', membersRemoved: [{ id: '28:bot' }] }, 'uninstalled'],
    [{ type: 'typing' }, 'other'],
    [{ type: 'messageReaction' }, 'other'],
  ])('%j → %s', (activity, kind) => {
    expect(toBotTurn({ ...base, ...activity }).kind).toBe(kind);
  });

  it('survives odd input: no sender, no conversation, text that is not a string', () => {
    const turn = toBotTurn({ type: 'message', text: 42 as unknown as string });
    expect(turn).toMatchObject({ kind: 'message', text: '', actor: null, reference: null, activityId: null });
  });
});
