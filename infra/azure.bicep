// Förvaltningsstöd in Azure: one Linux web app (Node 20) serves the tab, the API and the bot
// (/api/messages); an Azure Bot connects it to Teams; a Storage account's Table service holds the
// data (STORAGE=azure-table), reached with the web app's user-assigned managed identity, which is
// also the bot's identity by default (no secrets at all), and the SSO app registration's credential
// for Microsoft Graph through a federated identity credential on that registration. That credential
// is not created here (only the preview Microsoft Graph Bicep extension could): README "Deploy to
// Azure" has the `az ad app federated-credential create` command. Deployed by `arm/deploy` in
// teamsapp.yml with azure.parameters.json; the outputs at the end are written to env/.env.<env>.

@description('Base of the resource names, e.g. forvaltningsstod-dev. A unique suffix is added where names must be unique in Azure.')
@minLength(3)
@maxLength(30)
param resourceBaseName string

@description('Region of the resources (the Azure Bot itself is global).')
param location string = resourceGroup().location

@description('App Service plan SKU. B1 runs one small instance; use P0v3 or larger for several instances.')
param webAppSku string = 'B1'

@description('Number of web app instances. More than one needs the Table Storage backend (STORAGE=azure-table).')
@minValue(1)
@maxValue(10)
param webAppInstances int = 1

@description('The bot\'s identity: UserAssignedMSI = the managed identity below (no secret); SingleTenant = an existing single-tenant app registration with a client secret. Multi-tenant bots can no longer be created.')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botType string = 'UserAssignedMSI'

@description('SingleTenant only: client id of the bot\'s app registration.')
param botAadAppClientId string = ''

@description('SingleTenant only: client secret of the bot\'s app registration (from env/.env.<env>.user).')
@secure()
param botAadAppClientSecret string = ''

@description('Name of the bot in the Azure portal and the Bot Framework.')
@maxLength(42)
param botDisplayName string = 'Förvaltningsstöd'

@description('Azure Bot pricing tier: F0 (free, standard channels such as Teams are free) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Client id of the tab\'s SSO app registration (written by aadApp/create).')
@minLength(1)
param aadAppClientId string

@description('Entra tenant of the SSO app registration: the university\'s tenant, where Teams runs.')
param aadAppTenantId string = tenant().tenantId

@description('Client secret of the SSO app registration, for Microsoft Graph (from env/.env.<env>.user). Empty: no secret, the managed identity is the credential, trusted by a federated identity credential on the registration (README).')
@secure()
param aadAppClientSecret string = ''

@description('Entra ID authority host of the tenant, for the Graph tokens (provision passes the Toolkit\'s AAD_APP_OAUTH_AUTHORITY_HOST; the default is this Azure cloud\'s).')
param authAuthorityHost string = environment().authentication.loginEndpoint

@description('Microsoft Graph: on = the people search adds the directory and the team\'s members are read from Teams; off = the app works without Graph.')
@allowed([
  'on'
  'off'
])
param graph string = 'on'

@description('Microsoft Graph endpoint: https://graph.microsoft.com, or a national cloud\'s (e.g. https://graph.microsoft.us).')
param graphEndpoint string = 'https://graph.microsoft.com'

@description('Outlook invitations for trainings: the shared mailbox whose calendar holds the trainings\' events, e.g. utbildning@example.se. Empty = off (the .ics link). Needs graph on and the application permission Calendars.ReadWrite limited to that mailbox in Exchange Online (README "Outlook invitations for trainings").')
param trainingsMailbox string = ''

@description('Object ids of the administration leads (förvaltningsledare), comma-separated.')
param rolesForvaltningsledare string = ''

@description('Object ids of the members, comma-separated.')
param rolesMembers string = ''

@description('Object ids who may sign the handover for the project (projektägare), comma-separated.')
param rolesProjektagare string = ''

@description('Language when the caller names neither sv nor en.')
@allowed([
  'sv'
  'en'
])
param defaultLocale string = 'sv'

@description('Time zone for "today", due dates and meeting dates.')
param timeZone string = 'Europe/Stockholm'

@description('Storage redundancy. Standard_ZRS keeps copies in three zones where the region has them.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
])
param storageSku string = 'Standard_LRS'

@description('Create Application Insights (with a Log Analytics workspace) and send the app\'s telemetry there.')
param enableAppInsights bool = false

var uniqueSuffix = uniqueString(resourceGroup().id, resourceBaseName)
var webAppName = take('${resourceBaseName}-${uniqueSuffix}', 60)
// Storage account names: 3–24 lowercase letters and digits, unique in Azure.
var storageAccountName = take('fst${uniqueSuffix}', 24)
// Built-in role "Storage Table Data Contributor": read, write and create tables and entities.
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var useManagedIdentityForBot = botType == 'UserAssignedMSI'

// One identity for the app: the bot's credentials (UserAssignedMSI) and the Table Storage access
// (DefaultAzureCredential with AZURE_CLIENT_ID).
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-identity'
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: storageSku
  }
  properties: {
    accessTier: 'Hot'
    supportsHttpsTrafficOnly: true
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    // Entra ID (the managed identity) only: no account keys or SAS for the data.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-01-01' = {
  parent: storage
  name: 'default'
}

resource tableDataRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource logs 'Microsoft.OperationalInsights/workspaces@2022-10-01' = if (enableAppInsights) {
  name: '${resourceBaseName}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = if (enableAppInsights) {
  name: '${resourceBaseName}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-01-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
    capacity: webAppInstances
  }
  properties: {
    reserved: true // Linux
  }
}

resource webApp 'Microsoft.Web/sites@2023-01-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
      // dist/ is built before the deployment; the platform only installs the production packages.
      appCommandLine: 'node --disable-warning=DEP0111 dist/src/index.js'
    }
  }
}

var botAppId = useManagedIdentityForBot ? identity.properties.clientId : botAadAppClientId
var botTenantId = useManagedIdentityForBot ? identity.properties.tenantId : aadAppTenantId
var webAppHost = webApp.properties.defaultHostName
var tableEndpoint = 'https://${storage.name}.table.${environment().suffixes.storage}'

// ── app settings (names checked by test/package/infra.test.ts against src/config.ts) ──
var settings = {
  NODE_ENV: 'production'
  HOST: '0.0.0.0'
  PUBLIC_URL: 'https://${webAppHost}'
  SEED_DEMO: 'false'
  DEFAULT_LOCALE: defaultLocale
  TIME_ZONE: timeZone
  AUTH_MODE: 'entra'
  AUTH_TENANT_ID: aadAppTenantId
  AUTH_CLIENT_ID: aadAppClientId
  // v2 access tokens carry the client id as audience; the Application ID URI is the tab's resource.
  AUTH_AUDIENCE: '${aadAppClientId},api://${webAppHost}/${aadAppClientId}'
  ROLE_FORVALTNINGSLEDARE: rolesForvaltningsledare
  ROLE_MEMBERS: rolesMembers
  ROLE_PROJEKTAGARE: rolesProjektagare
  BOT_ID: botAppId
  BOT_TYPE: botType
  BOT_TENANT_ID: botTenantId
  STORAGE: 'azure-table'
  AZURE_TABLE_ENDPOINT: tableEndpoint
  AZURE_CLIENT_ID: identity.properties.clientId
  // Microsoft Graph as the SSO registration (AUTH_CLIENT_ID): with AUTH_CLIENT_SECRET when given
  // (graphSecretSettings), else with the managed identity above through the federated credential.
  GRAPH: graph
  GRAPH_ENDPOINT: graphEndpoint
  AUTH_AUTHORITY_HOST: authAuthorityHost
  // The trainings' Outlook events, app-only through Graph; empty = no invitations.
  TRAININGS_MAILBOX: trainingsMailbox
  // Zip deploy ships dist/ and package-lock.json; the build service installs only what runs.
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'true'
  CUSTOM_BUILD_COMMAND: 'npm ci --omit=dev --no-audit --no-fund'
}
var botSecretSettings = useManagedIdentityForBot ? {} : {
  BOT_PASSWORD: botAadAppClientSecret
}
var graphSecretSettings = empty(aadAppClientSecret) ? {} : {
  AUTH_CLIENT_SECRET: aadAppClientSecret
}
var insightsSettings = enableAppInsights ? {
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
  ApplicationInsightsAgent_EXTENSION_VERSION: '~3'
} : {}
// ── end of app settings ──

resource appSettings 'Microsoft.Web/sites/config@2023-01-01' = {
  parent: webApp
  name: 'appsettings'
  properties: union(settings, botSecretSettings, graphSecretSettings, insightsSettings)
}

var botIdentity = useManagedIdentityForBot ? {
  msaAppMSIResourceId: identity.id
} : {}

// The bot registration: Teams sends the bot's activities to the web app's /api/messages.
resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${resourceBaseName}-bot-${uniqueSuffix}'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: union({
    displayName: botDisplayName
    endpoint: 'https://${webAppHost}/api/messages'
    msaAppId: botAppId
    msaAppType: botType
    msaAppTenantId: botTenantId
  }, botIdentity)
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

// Written to env/.env.<env> by the Toolkit (see https://aka.ms/teamsfx-actions/arm-deploy).
output AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output TAB_DOMAIN string = webAppHost
output TAB_ENDPOINT string = 'https://${webAppHost}'
output BOT_DOMAIN string = webAppHost
output BOT_ID string = botAppId
output BOT_TENANT_ID string = botTenantId
output AZURE_STORAGE_ACCOUNT_NAME string = storage.name
output AZURE_TABLE_ENDPOINT string = tableEndpoint
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.properties.clientId
// The subject of the federated identity credential that lets the identity act as the SSO registration.
output AZURE_MANAGED_IDENTITY_PRINCIPAL_ID string = identity.properties.principalId
