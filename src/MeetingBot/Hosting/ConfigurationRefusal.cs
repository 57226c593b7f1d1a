using Microsoft.Extensions.Options;

namespace MeetingBot.Hosting;

/// <summary>
/// Checks every option validated at start-up before the service touches anything (no database file, no job store,
/// no key file), and refuses a configuration that cannot work with one line naming the key: the operator's next step
/// is to fix that key, and a stack trace would only hide the line that says so.
/// </summary>
public static class ConfigurationRefusal
{
    public const int ExitCode = 1;

    /// <returns>True (after writing the line to <paramref name="error"/>) when the configuration is refused.</returns>
    public static bool Refuses(IServiceProvider services, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
            return false;
        }
        catch (OptionsValidationException ex)
        {
            error.WriteLine(LineFor(ex));
            return true;
        }
        catch (AggregateException ex) when (ex.InnerExceptions.FirstOrDefault() is OptionsValidationException first)
        {
            // Several sections failed: the first is enough to act on, and the next start names the next.
            error.WriteLine(LineFor(first));
            return true;
        }
        catch (InvalidOperationException ex) when (IsUnconvertibleValue(ex))
        {
            Write(ex, error);
            return true;
        }
    }

    /// <summary>A value the binder cannot convert (a word where a number or an enum name belongs): its message names the key.</summary>
    public static bool IsUnconvertibleValue(InvalidOperationException ex) =>
        ex.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal);

    public static void Write(InvalidOperationException ex, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(ex);
        ArgumentNullException.ThrowIfNull(error);
        error.WriteLine("MeetingBot did not start: " + ex.Message.ReplaceLineEndings(" "));
    }

    private static string LineFor(OptionsValidationException ex)
    {
        var failure = ex.Failures.FirstOrDefault() ?? ex.Message;
        return "MeetingBot did not start: " + failure.ReplaceLineEndings(" ");
    }
}
