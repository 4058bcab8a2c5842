import {
  ClientAssertionCredential,
  ClientSecretCredential,
  ManagedIdentityCredential,
  OnBehalfOfCredential,
  type TokenCredential,
} from '@azure/identity';
import { LRUCache } from 'lru-cache';
import { GraphSettings, isMicrosoftAuthority } from './graphSettings';

/**
 * The app registration's credentials for Microsoft Graph, both from AUTH_CLIENT_ID:
 * - `onBehalfOf(assertion)`: the signed-in user's SSO token exchanged for a Graph token with the
 *   user's delegated permissions (the people search). One credential per SSO token, kept while
 *   it is in use, so MSAL's token cache answers the user's next searches without a new exchange.
 * - `appOnly`: client credentials, the app's own permissions (the team roster, by
 *   resource-specific consent).
 * With a client secret, or secret-less: the web app's managed identity signs a client assertion
 * that the registration's federated identity credential trusts.
 */
export interface GraphCredentials {
  onBehalfOf(assertion: string): TokenCredential;
  appOnly: TokenCredential;
}

/** The audience a managed identity's token must have to act as a federated identity credential. */
const TOKEN_EXCHANGE_SCOPE = 'api://AzureADTokenExchange/.default';
/** SSO tokens whose on-behalf-of credentials are kept (the least recently used is dropped first). */
const KEPT_USER_CREDENTIALS = 500;

export function graphCredentials(settings: Extract<GraphSettings, { mode: 'on' }>): GraphCredentials {
  const { tenantId, clientId, authorityHost, credential } = settings;
  const common = {
    authorityHost,
    // Instance discovery asks Microsoft's hosts about the authority: only meaningful for theirs.
    disableInstanceDiscovery: !isMicrosoftAuthority(authorityHost),
  };
  // A person waits for the on-behalf-of exchange: no retries inside it (the caller has a deadline).
  const interactive = { ...common, retryOptions: { maxRetries: 0 } };

  let appOnly: TokenCredential;
  let exchange: (userAssertionToken: string) => TokenCredential;
  if (credential.kind === 'secret') {
    const clientSecret = credential.secret;
    appOnly = new ClientSecretCredential(tenantId, clientId, clientSecret, common);
    exchange = (userAssertionToken) => new OnBehalfOfCredential({ tenantId, clientId, clientSecret, userAssertionToken, ...interactive });
  } else {
    const identity = new ManagedIdentityCredential({ clientId: credential.managedIdentityClientId });
    const getAssertion = async () => (await identity.getToken(TOKEN_EXCHANGE_SCOPE)).token;
    appOnly = new ClientAssertionCredential(tenantId, clientId, getAssertion, common);
    exchange = (userAssertionToken) => new OnBehalfOfCredential({ tenantId, clientId, getAssertion, userAssertionToken, ...interactive });
  }

  const kept = new LRUCache<string, TokenCredential>({ max: KEPT_USER_CREDENTIALS });
  return {
    appOnly,
    onBehalfOf(assertion) {
      const found = kept.get(assertion);
      if (found) return found;
      const made = exchange(assertion);
      kept.set(assertion, made);
      return made;
    },
  };
}
