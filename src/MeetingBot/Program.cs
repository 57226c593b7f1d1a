using MeetingBot.Hosting;
using MeetingBot.Reminders;
using MeetingBot.Telemetry;

var builder = WebApplication.CreateBuilder(args);
// The Bot Framework convention: port 3978 unless --urls or ASPNETCORE_URLS says otherwise.
builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://localhost:3978");
builder.AddMeetingBot();
builder.AddReminders();
builder.AddMeetingBotTelemetry();

var app = builder.Build();
if (MeetingBot.Invitations.InvitationCommandLine.Matches(args))
{
    // A verb, not the service: print invitation links and exit.
    Environment.ExitCode = await MeetingBot.Invitations.InvitationCommandLine.RunAsync(app.Services, args, Console.Out, Console.Error);
    return;
}

app.MapMeetingBot();
app.Run();

/// <summary>Visible to the in-process HTTP tests.</summary>
public partial class Program;
