// MeetingBot on Azure: the web app (App Service, Linux, .NET 10), its storage account (bot state and documents
// in Azure Blob, reached with the app's managed identity, no account key), the Azure Bot resource with the Teams
// channel pointing at the web app, and optionally a PostgreSQL flexible server for the reminders' shared Quartz
// job store, which lets the web app run on more than one instance.
//   MICROSOFT_APP_ID=… MICROSOFT_APP_PASSWORD=… POSTGRES_ADMIN_PASSWORD=… \
//   az deployment group create -g <group> -f main.bicep -p main.bicepparam
targetScope = 'resourceGroup'

@description('Prefix of every resource name (lower-case letters and digits).')
@minLength(3)
@maxLength(12)
param namePrefix string

@description('Region of the web app, storage account and database. The Azure Bot resource itself is global.')
param location string = resourceGroup().location

@description('The bot\'s Entra app registration (MicrosoftAppId).')
param botAppId string

@description('A client secret of that app registration (MicrosoftAppPassword).')
@secure()
param botAppPassword string

@description('MultiTenant, or SingleTenant with botTenantId.')
@allowed([
  'MultiTenant'
  'SingleTenant'
])
param botAppType string = 'MultiTenant'

@description('The app registration\'s tenant, required for SingleTenant.')
param botTenantId string = ''

@description('App Service plan size; P0v3 and up keep the app warm and allow several instances.')
param appServiceSku string = 'P0v3'

@description('Web app instances. More than one needs the PostgreSQL job store (deployPostgres).')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('Create a PostgreSQL flexible server for the reminders\' clustered Quartz job store.')
param deployPostgres bool = false

@description('PostgreSQL administrator login (with deployPostgres).')
param postgresAdministratorLogin string = 'meetingbot'

@description('PostgreSQL administrator password (with deployPostgres).')
@secure()
param postgresAdministratorPassword string = ''

@description('An OTLP collector for traces, metrics and logs (Telemetry:OtlpEndpoint); empty exports nothing.')
param otlpEndpoint string = ''

var storageAccountName = toLower('${namePrefix}${uniqueString(resourceGroup().id)}')
var stateContainerName = 'meetingbot'
var documentsContainerName = 'documents'
// Storage Blob Data Contributor: read, write and delete blobs, nothing else.
var blobDataContributorRoleId = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take(storageAccountName, 24)
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_ZRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // The web app signs in with its managed identity; no one needs the account key.
    allowSharedKeyAccess: false
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource stateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: stateContainerName
}

resource documentsContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: documentsContainerName
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = if (deployPostgres) {
  name: '${namePrefix}-pg-${uniqueString(resourceGroup().id)}'
  location: location
  sku: {
    name: 'Standard_B1ms'
    tier: 'Burstable'
  }
  properties: {
    version: '16'
    administratorLogin: postgresAdministratorLogin
    administratorLoginPassword: postgresAdministratorPassword
    storage: {
      storageSizeGB: 32
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
  }
}

resource quartzDatabase 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = if (deployPostgres) {
  parent: postgres
  name: 'quartz'
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// 0.0.0.0–0.0.0.0 is Azure's rule for "services inside Azure", which includes App Service outbound addresses.
resource postgresFromAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = if (deployPostgres) {
  parent: postgres
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${namePrefix}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

var postgresConnectionString = deployPostgres
  ? 'Host=${postgres!.properties.fullyQualifiedDomainName};Database=quartz;Username=${postgresAdministratorLogin};Password=${postgresAdministratorPassword};SSL Mode=Require'
  : ''

var reminderSettings = deployPostgres
  ? [
      {
        name: 'Reminders__JobStore'
        value: 'Postgres'
      }
      {
        name: 'Reminders__PostgresConnectionString'
        value: postgresConnectionString
      }
    ]
  : [
      {
        // /home is App Service's persistent share; a single instance keeps its reminder triggers there.
        name: 'Reminders__JobStorePath'
        value: '/home/data/reminders.db'
      }
    ]

// The app's own address, known before the app exists (its settings cannot refer to the app itself): what links in
// messages (documents, the web chat's Direct Line) point at.
var webName = '${namePrefix}-${uniqueString(resourceGroup().id)}'
var publicUrl = 'https://${webName}.azurewebsites.net'

resource web 'Microsoft.Web/sites@2024-04-01' = {
  name: webName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      // The web chat's Direct Line stream (/v3/directline/conversations/{id}/stream) is a WebSocket.
      webSocketsEnabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      // App Service takes an instance out of rotation when its readiness (storage answers) fails.
      healthCheckPath: '/readyz'
      appSettings: concat([
        {
          name: 'MicrosoftAppType'
          value: botAppType
        }
        {
          name: 'MicrosoftAppId'
          value: botAppId
        }
        {
          name: 'MicrosoftAppPassword'
          value: botAppPassword
        }
        {
          name: 'MicrosoftAppTenantId'
          value: botTenantId
        }
        {
          name: 'Storage__Provider'
          value: 'AzureBlob'
        }
        {
          name: 'Storage__AzureBlob__AccountUrl'
          value: storage.properties.primaryEndpoints.blob
        }
        {
          name: 'Storage__AzureBlob__ContainerName'
          value: stateContainerName
        }
        {
          name: 'Documents__Provider'
          value: 'AzureBlob'
        }
        {
          name: 'Documents__AzureBlob__ContainerName'
          value: documentsContainerName
        }
        {
          name: 'DirectLine__PublicUrl'
          value: publicUrl
        }
        {
          name: 'Documents__Links__PublicBaseUrl'
          value: publicUrl
        }
        {
          name: 'Telemetry__OtlpEndpoint'
          value: otlpEndpoint
        }
      ], reminderSettings)
    }
  }
}

resource webCanWriteBlobs 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, web.id, blobDataContributorRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', blobDataContributorRoleId)
    principalId: web.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${namePrefix}-bot-${uniqueString(resourceGroup().id)}'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'S1'
  }
  properties: {
    displayName: 'MeetingBot'
    endpoint: 'https://${web.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppType: botAppType
    msaAppTenantId: botAppType == 'SingleTenant' ? botTenantId : null
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
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

@description('The bot\'s messaging endpoint, as registered on the Azure Bot resource.')
output messagingEndpoint string = bot.properties.endpoint

@description('The web app\'s host name: pass it to scripts/pack-teams-app.sh as the bot domain.')
output webAppHostName string = web.properties.defaultHostName

output storageAccountName string = storage.name
