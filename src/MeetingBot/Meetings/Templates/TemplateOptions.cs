namespace MeetingBot.Meetings.Templates;

/// <summary>Section <c>Templates</c>: where the process templates (YAML) are read from at start-up.</summary>
public sealed class TemplateOptions
{
    public const string SectionName = "Templates";
    public const string DefaultFolder = "templates";

    /// <summary>A folder of <c>*.yaml</c> files; relative paths are resolved against the service's own folder.</summary>
    public string Path { get; set; } = DefaultFolder;

    public string ResolvedPath => System.IO.Path.IsPathRooted(Path) ? Path : System.IO.Path.Combine(AppContext.BaseDirectory, Path);
}
