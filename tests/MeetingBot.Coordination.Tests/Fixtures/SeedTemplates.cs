using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Tests.Fixtures;

/// <summary>The real template files of seeds/templates, copied beside the tests by the project file.</summary>
public static class SeedTemplates
{
    public const string DemocraticLifeMeetingFile = "democratic-life-meeting.yaml";
    public const string ProjectRetrospectiveFile = "project-retrospective.yaml";

    private static readonly Lazy<ProcessTemplate> DemocraticLifeMeetingTemplate = new(() => Load(DemocraticLifeMeetingFile));
    private static readonly Lazy<ProcessTemplate> ProjectRetrospectiveTemplate = new(() => Load(ProjectRetrospectiveFile));

    public static ProcessTemplate DemocraticLifeMeeting => DemocraticLifeMeetingTemplate.Value;

    public static ProcessTemplate ProjectRetrospective => ProjectRetrospectiveTemplate.Value;

    public static string Text(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "templates", file));

    public static IEnumerable<string> Files() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "templates"), "*.yaml").Select(Path.GetFileName).OfType<string>();

    public static ProcessTemplate Load(string file) => TemplateParser.ParseOrThrow(file, Text(file));
}
