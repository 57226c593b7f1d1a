namespace MeetingBot.People;

/// <summary>
/// Section <c>Directory</c>: the first administrators (added at start-up while the directory has none) and, if the
/// organisation wants rosters checked against them, its known units.
/// </summary>
public sealed class DirectoryOptions
{
    public const string SectionName = "Directory";

    /// <summary>Who keeps the directory from the first start; ignored once the directory has an administrator.</summary>
    public List<AdministratorOptions> Administrators { get; set; } = [];

    /// <summary>The units (单位/部门) a roster may name; empty: any unit is taken.</summary>
    public List<string> Units { get; set; } = [];
}
