#!/usr/bin/env bash
# Packs the Microsoft Teams app (manifests/teams) for upload to Teams or the Teams admin centre:
#   scripts/pack-teams-app.sh <bot-app-id> <bot-domain> [output.zip]
# The bot app id is the Entra app registration's id (MicrosoftAppId); the domain is where the bot's web app
# answers (e.g. meetingbot.azurewebsites.net). Both fall back to MICROSOFT_APP_ID and BOT_DOMAIN.
# Writes manifests/teams/build/meetingbot-teams.zip unless told otherwise, and prints the path.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec node "$root/manifests/teams/pack.js" "${1:-${MICROSOFT_APP_ID:-}}" "${2:-${BOT_DOMAIN:-}}" ${3:+"$3"}
