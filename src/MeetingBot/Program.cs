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
// Run as its own program (not an in-process test host, which wants the exception): a configuration that cannot work
// is refused with one line naming the key and exit code 1, before anything resolves a service and writes a file.
var refuses = System.Reflection.Assembly.GetEntryAssembly() == typeof(Program).Assembly;
WebApplication app;
try
{
    app = MeetingBotApplication.Build(new WebApplicationOptions { Args = args }, builder =>
    {
        // A verb's standard output is its answer (links, ids) for scripts to read: the service's logs go to standard error.
        if (verb)
        {
            builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        }
    });
}
catch (InvalidOperationException ex) when (refuses && ConfigurationRefusal.IsUnconvertibleValue(ex))
{
    // Settings read while the host is built (which job store the reminders use) fail here, not at validation.
    ConfigurationRefusal.Write(ex, Console.Error);
    Environment.ExitCode = ConfigurationRefusal.ExitCode;
    return;
}

if (refuses && ConfigurationRefusal.Refuses(app.Services, Console.Error))
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
