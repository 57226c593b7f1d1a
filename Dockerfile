# syntax=docker/dockerfile:1
# MeetingBot's container image: built with the .NET 10 SDK, run on the ASP.NET Core 10 runtime as a non-root user.
#   docker build -t meetingbot:1.0.0 .
#   docker run -p 8080:8080 -v meetingbot-data:/app/data -e DirectLine__PublicUrl=http://meetingbot.intranet:8080 meetingbot:1.0.0
#   (Production by default: web chat through /chat and /v3/directline only; /api/messages needs MicrosoftAppId. Never
#   run a reachable instance in Development, where /api/messages takes unauthenticated activities.)
# (The image names are Microsoft's official ones on mcr.microsoft.com; this repository's CI cannot pull them, so
# the file is checked by tests for its structure, not built there.)

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files alone, so the package layer is reused while only code changes.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/MeetingBot/MeetingBot.csproj src/MeetingBot/
COPY src/MeetingBot.BotFramework/MeetingBot.BotFramework.csproj src/MeetingBot.BotFramework/
COPY src/MeetingBot.Coordination/MeetingBot.Coordination.csproj src/MeetingBot.Coordination/
COPY src/MeetingBot.Storage/MeetingBot.Storage.csproj src/MeetingBot.Storage/
COPY src/MeetingBot.WebChannel/MeetingBot.WebChannel.csproj src/MeetingBot.WebChannel/
COPY src/MeetingBot.Delivery/MeetingBot.Delivery.csproj src/MeetingBot.Delivery/
COPY src/MeetingBot.WeCom/MeetingBot.WeCom.csproj src/MeetingBot.WeCom/
COPY src/MeetingBot.DingTalk/MeetingBot.DingTalk.csproj src/MeetingBot.DingTalk/
# For linux-x64: the publish below compiles ahead of time (ReadyToRun), which needs the runtime's packages restored.
RUN dotnet restore src/MeetingBot/MeetingBot.csproj -r linux-x64
COPY src/ src/
COPY seeds/templates/ seeds/templates/
# ReadyToRun: the service's and its libraries' code is compiled at build time, so start-up waits less for the JIT
# (tests/bench/RESULTS.md, "Against the SDK", 2026-12-07 14:37: start to first answered turn 10.2 / 12.1 s against
# 18.4 / 16.9 s for the same build as IL, on a loaded machine; warm CPU per turn no different).
RUN dotnet publish src/MeetingBot/MeetingBot.csproj -c Release -o /app --no-restore -r linux-x64 --self-contained false \
    -p:PublishReadyToRun=true -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
# The embedded SQLite default writes to /app/data; mount a volume there, or use Storage__Provider=AzureBlob.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
COPY --from=build /app .
# Program.cs binds to localhost:3978 unless told otherwise; in a container it must listen on every interface.
ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_NOLOGO=1
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "MeetingBot.dll"]
