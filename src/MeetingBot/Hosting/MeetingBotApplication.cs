using MeetingBot.Reminders;
using MeetingBot.Telemetry;

namespace MeetingBot.Hosting;

/// <summary>The service as one application: the same composition for the real service and for the demo.</summary>
public static class MeetingBotApplication
{
    /// <summary>
    /// Builds the service. <paramref name="adjust"/> runs before the features register, so settings and services it
    /// adds (the demo's configuration and clock) win over the defaults the features only add when missing.
    /// </summary>
    public static WebApplication Build(WebApplicationOptions options, Action<WebApplicationBuilder>? adjust = null)
    {
        var builder = WebApplication.CreateBuilder(options);
        adjust?.Invoke(builder);
        // The Bot Framework convention: port 3978 unless --urls or ASPNETCORE_URLS says otherwise.
        builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://localhost:3978");
        // In this order: the host ends its start with each service's StartedAsync in the order registered, so the
        // directory's start-up (the features') is done before the reminder scheduler starts (ReminderSchedulerStart).
        builder.AddMeetingBot();
        builder.AddReminders();
        builder.AddMeetingBotTelemetry();
        // In code, not in appsettings.json: links' tokens stay out of every log whatever the configuration says.
        builder.Services.AddLogRedaction();
        return builder.Build();
    }
}
