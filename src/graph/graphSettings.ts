/** How the app reaches Microsoft Graph, as config.ts reads it from the environment. */
export const MICROSOFT_AUTHORITY_HOST = 'https://login.microsoftonline.com';
export const MICROSOFT_GRAPH_ENDPOINT = 'https://graph.microsoft.com';

/** Entra ID's own authority hosts (public and national clouds): MSAL may ask them for instance discovery. */
const MICROSOFT_AUTHORITY_HOSTS = new Set([
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.chinacloudapi.cn',
  'login.partner.microsoftonline.cn',
  'login.microsoftonline.de',
]);

/** Whether MSAL may run instance discovery against this authority: only Microsoft's own hosts know the answer. */
export const isMicrosoftAuthority = (authorityHost: string): boolean => MICROSOFT_AUTHORITY_HOSTS.has(new URL(authorityHost).hostname.toLowerCase());

export type GraphCredentialSettings =
  /** The app registration's client secret (AUTH_CLIENT_SECRET). */
  | { kind: 'secret'; secret: string }
  /** Secret-less: a federated identity credential on the app registration trusts this managed identity (AZURE_CLIENT_ID). */
  | { kind: 'managed-identity'; managedIdentityClientId: string };

export type GraphSettings =
  | { mode: 'off'; /** Why, for the start-up log. */ reason: string }
  | {
      mode: 'on';
      tenantId: string;
      /** The app registration the tab's SSO token is issued to (AUTH_CLIENT_ID). */
      clientId: string;
      /** AUTH_AUTHORITY_HOST, no trailing slash. */
      authorityHost: string;
      /** GRAPH_ENDPOINT, no trailing slash. */
      endpoint: string;
      credential: GraphCredentialSettings;
      /** How long a call a person waits for (the people search) may take before the app answers without Graph. */
      interactiveTimeoutMs: number;
    };
