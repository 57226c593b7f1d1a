using MeetingBot.Coordination.Templates;
using Microsoft.Extensions.Options;

namespace MeetingBot.Meetings.Templates;

/// <summary>
/// Reads every template file once at start-up. A broken template stops the service with each error as
/// <c>file:line:column: reason</c>; no meeting can be set up from a template that does not parse.
/// </summary>
public static class TemplateLibraryLoader
{
    public static TemplateLibrary Load(IOptions<TemplateOptions> options)
    {
        var folder = options.Value.ResolvedPath;
        if (!Directory.Exists(folder))
        {
            throw new InvalidOperationException($"Templates:Path '{folder}' does not exist; it must hold the process templates (*.yaml).");
        }

        var files = Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"Templates:Path '{folder}' holds no *.yaml process template.");
        }

        return TemplateLibrary.Parse(files.Select(f => (Path.GetFileName(f), File.ReadAllText(f))));
    }
}
