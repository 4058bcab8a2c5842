/**
 * What a Teams host says to a tab through @microsoft/teams-js, as learned from the installed
 * package (node_modules/@microsoft/teams-js/dist/umd/MicrosoftTeams.js, 2.58.0) — the line
 * numbers below are that file's:
 *
 * - A request from the tab is `{ id, uuidAsString, func, args, timestamp, monotonicTimestamp,
 *   apiVersionTag, isProxiedFromChild, teamsJsInstanceId }` (createMessageRequest, 9243;
 *   serializeMessageRequest, 4796), posted to `window.parent`. The first one, `initialize`, goes to
 *   any origin (initializeCommunication, 8527–8573); later ones to the origin the answer came from.
 * - An answer is `{ id, uuidAsString, args }` posted to the tab: teams-js matches it by uuid, else
 *   by the legacy id (handleIncomingMessageFromParent, 9103; retrieveMessageUUIDFromResponse, 9040),
 *   and only from a window whose origin is on its list of valid origins (verifyIncomingMessageOrigin,
 *   8983; validateOrigin, 7076; the built-in list, 2342, has teams.microsoft.com) — hence the host
 *   page is served at https://teams.microsoft.com.
 * - A message the host starts (a theme change) has a `func` and no numeric `id`: `{ func:
 *   'themeChange', args: [theme] }` (handleIncomingMessageFromParent, 9149; callHandler, 7872;
 *   handleThemeChange, 7956).
 */

/** teams-js' `FrameContexts.content` (3543): a tab's content page. */
export const FRAME_CONTEXT = 'content';
/** teams-js' `HostClientType.web` (3465): Teams in a browser. */
export const HOST_CLIENT_TYPE = 'web';
/** The SDK version the simulated host says it supports (initialize's 4th answer; teams-js 2.58.0 is installed). */
export const HOST_SDK_VERSION = '2.58.0';

/** The host's answers that need no reply: teams-js sends them with sendMessageToParent and no callback. */
export const NOTIFICATIONS = [
  'registerHandler', // registerOnThemeChangeHandler → ['themeChange'] (handlers_registerOnThemeChangeHandler, 7940)
  'appInitialization.success', // app.notifySuccess without supports.app.notifySuccessResponse (callNotifySuccessInHost, 6833)
  'appInitialization.appLoaded', // app.notifyAppLoaded (notifyAppLoadedHelper, 6795)
  'appInitialization.failure', // app.notifyFailure (notifyFailureHelper, 6804)
  'appInitialization.expectedFailure', // app.notifyExpectedFailure (notifyExpectedFailureHelper, 6798)
] as const;

/**
 * The runtime config (initialize's 3rd answer, a JSON string). teams-js parses it and needs
 * `apiVersion` (initializeHelper, 6845; the parse at 6867–6871); 4 is its latestRuntimeApiVersion (4311), so no
 * upgrade chain runs. `supports` says what the host can do: the capabilities Teams on the web
 * declares for a channel tab. `app.notifySuccessResponse` is left out, so notifySuccess stays a
 * notification; `nestedAppAuth` is left out, so teams-js does not install its auth bridge
 * (tryPolyfillWithNestedAppAuthBridge, 8379).
 */
export const RUNTIME_CONFIG = {
  apiVersion: 4,
  hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
  isLegacyTeams: false,
  isNAAChannelRecommended: false,
  supports: {
    app: {},
    appEntity: {},
    appInstallDialog: {},
    authentication: {},
    calendar: {},
    call: {},
    chat: {},
    conversations: {},
    dialog: { card: { bot: {} }, url: { bot: {}, parentCommunication: {} }, update: {} },
    interactive: {},
    logs: {},
    mail: {},
    menus: {},
    pages: { appButton: {}, backStack: {}, config: {}, currentApp: {}, fullTrust: {}, tabs: {} },
    profile: {},
    sharing: {},
    stageView: {},
    teams: { fullTrust: {} },
    teamsCore: {},
    webStorage: {},
  },
};

export type HostThemeName = 'default' | 'dark' | 'contrast';

export interface HostUser {
  /** Entra object id (the SSO token's oid). */
  id: string;
  userPrincipalName: string;
  /** Teams rarely gives the display name to a tab; leave it out to be like Teams. */
  displayName?: string;
}

export interface ContextOptions {
  locale: string;
  theme: HostThemeName;
  user: HostUser;
  tenantId: string;
  team?: { id?: string; groupId?: string; name: string };
  channel?: { id?: string; name: string };
  /** The tab's entityId (what its configuration page saved). */
  entityId?: string;
  /** A deep link's subEntityId. */
  subPageId?: string;
}

/**
 * The context `getContext` answers: teams-js' "legacy" flat shape, which app.getContext() turns
 * into app.Context (transformLegacyContextToAppContext, 5767): locale → app.locale, theme →
 * app.theme, frameContext → page.frameContext, userObjectId / userPrincipalName → user.id /
 * user.userPrincipalName, teamId + teamName → team, channelId + channelName → channel, …
 */
export function legacyContext(o: ContextOptions): Record<string, unknown> {
  const teamId = o.team?.id ?? '19:simulated-team@thread.tacv2';
  return {
    locale: o.locale,
    theme: o.theme,
    frameContext: FRAME_CONTEXT,
    hostClientType: HOST_CLIENT_TYPE,
    hostName: 'Teams',
    appSessionId: 'simulated-app-session',
    sessionId: 'simulated-session',
    ringId: 'general',
    entityId: o.entityId ?? 'forvaltningsstod',
    ...(o.subPageId ? { subEntityId: o.subPageId } : {}),
    userObjectId: o.user.id,
    userPrincipalName: o.user.userPrincipalName,
    loginHint: o.user.userPrincipalName,
    ...(o.user.displayName ? { userDisplayName: o.user.displayName } : {}),
    userLicenseType: 'Unknown',
    tid: o.tenantId,
    ...(o.team
      ? { teamId, teamName: o.team.name, groupId: o.team.groupId ?? 'cccccccc-0000-4000-8000-000000000001', teamType: 0, userTeamRole: 1, isTeamArchived: false }
      : {}),
    ...(o.channel ? { channelId: o.channel.id ?? '19:simulated-channel@thread.tacv2', channelName: o.channel.name, channelType: 'Regular' } : {}),
  };
}
