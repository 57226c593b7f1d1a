using MeetingBot.Demo;
using MeetingBot.Hosting;
using MeetingBot.People;
using MeetingBot.WebChannel;

if (DemoCommandLine.Matches(args))
{
    // A verb that runs its own service (embedded storage, accelerated clock) and a simulated team against it.
    Environment.ExitCode = await DemoCommandLine.RunAsync(args, Console.Out, Console.Error);
    return;
}

var verb = InvitationCommandLine.Matches(args) || DirectoryCommandLine.Matches(args);
// A verb's standard output is its answer (links, ids) for scripts to read: the service's logs go to standard error.
var app = MeetingBotApplication.Build(new WebApplicationOptions { Args = args }, builder =>
{
    if (verb)
    {
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    }
});
// Before anything else resolves a service: a refused configuration leaves nothing written behind.
if (ConfigurationRefusal.Refuses(app.Services, Console.Error))
{
    Environment.ExitCode = ConfigurationRefusal.ExitCode;
    return;
}

if (InvitationCommandLine.Matches(args))
{
    // A verb, not the service: print invitation links and exit.
    Environment.ExitCode = await InvitationCommandLine.RunAsync(app.Services, args, Console.Out, Console.Error);
    return;
}

if (DirectoryCommandLine.Matches(args))
{
    // A verb, not the service: keep the directory of people from the shell and exit.
    Environment.ExitCode = await DirectoryCommandLine.RunAsync(app.Services, args, Console.Out, Console.Error);
    return;
}

app.MapMeetingBot();
app.Run();

/// <summary>Visible to the in-process HTTP tests.</summary>
public partial class Program;
