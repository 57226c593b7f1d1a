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
app.MapMeetingBot();
app.Run();

/// <summary>Visible to the in-process HTTP tests.</summary>
public partial class Program;
