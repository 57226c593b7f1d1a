// The scale-out deployment: two web app instances sharing reminder triggers through PostgreSQL.
// Secrets come from the environment of whoever deploys, never from this file:
//   MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD (the bot's app registration), POSTGRES_ADMIN_PASSWORD.
using 'main.bicep'

param namePrefix = 'meetingbot'
param botAppId = readEnvironmentVariable('MICROSOFT_APP_ID')
param botAppPassword = readEnvironmentVariable('MICROSOFT_APP_PASSWORD')
param botAppType = 'MultiTenant'
param appServiceSku = 'P0v3'
param instanceCount = 2
param deployPostgres = true
param postgresAdministratorLogin = 'meetingbot'
param postgresAdministratorPassword = readEnvironmentVariable('POSTGRES_ADMIN_PASSWORD')
param otlpEndpoint = ''
