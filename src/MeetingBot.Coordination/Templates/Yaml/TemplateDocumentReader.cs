namespace MeetingBot.Coordination.Templates.Yaml;

/// <summary>Reads the whole template in dependency order: words first, then deliverables, then readiness.</summary>
internal static class TemplateDocumentReader
{
    public const string FallbackTimeZone = "Asia/Shanghai";

    public static ProcessTemplate? Read(YamlMap root)
    {
        var id = root.String("id");
        if (id is not null && !Identifiers.IsValid(id))
        {
            root.Errors.Add(root.Get("id")!, $"template id '{id}' must be lower-case letters, digits and hyphens");
        }

        var version = root.Int("version", 1, 100_000);
        var name = root.Text("name");
        var description = root.Text("description", required: false) ?? name;
        var timeZone = ReadTimeZone(root);
        var roleNames = RoleNamesReader.Read(root);
        var phaseIds = new HashSet<string>(StringComparer.Ordinal);
        var deliverableIds = new HashSet<string>(StringComparer.Ordinal);
        var vocabulary = new TemplateVocabulary(
            phaseIds,
            PhasesReader.Read(root, phaseIds),
            VocabularyReader.Categories(root),
            VocabularyReader.Sources(root),
            VocabularyReader.Aspects(root),
            PairingReader.Read(root));
        var defaults = RemindersReader.Read(root.Map("reminders", required: false), ReminderPolicy.None);
        var quietHours = RemindersReader.ReadQuietHours(root);
        var notice = RemindersReader.ReadMeetingNotice(root);
        var deliverables = DeliverablesReader.Read(root, vocabulary, defaults, deliverableIds);
        var readiness = ReadinessReader.Read(root, deliverables, deliverableIds);
        var afterMeeting = AfterMeetingReader.Read(root);
        root.RejectUnknownKeys();

        if (root.Errors.Any || id is null || version is null || name is null || description is null)
        {
            return null;
        }

        return new ProcessTemplate(
            id, version.Value, name, description, timeZone, roleNames,
            vocabulary.Phases, deliverables, vocabulary.Categories, vocabulary.Sources, vocabulary.Aspects, vocabulary.Pairing,
            readiness, quietHours, notice)
        {
            AfterMeeting = afterMeeting,
        };
    }

    private static string ReadTimeZone(YamlMap root)
    {
        var zone = root.String("timeZone", required: false);
        if (zone is null)
        {
            return FallbackTimeZone;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            root.Errors.Add(root.Get("timeZone")!, $"unknown time zone '{zone}' (an IANA name such as Asia/Shanghai)");
        }

        return zone;
    }
}
