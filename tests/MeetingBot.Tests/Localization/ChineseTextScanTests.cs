using System.Reflection;
using System.Text.RegularExpressions;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reminders;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Tests.Localization;

/// <summary>
/// Every Chinese text the bot can send (each LocalText and BilingualText of the catalogs, the *Texts classes, and
/// the texts composed from them) is scanned for Latin letters: an internal id (my-tasks, meeting.new), a field
/// name (TimeZoneId, DeliverableId), a zone id (Asia/Shanghai) or an English word means nothing to a town official.
/// The few Latin words a Chinese reader does meet are listed below, each with why.
/// </summary>
public sealed partial class ChineseTextScanTests
{
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["MeetingBot"] = "the product's name, as it appears in Teams and on the chat page",
        ["Teams"] = "the name of the platform people use",
        ["English"] = "the language option, named in its own language",
        ["Word"] = "file formats and programs an office uses by these names",
        ["Excel"] = "file formats and programs an office uses by these names",
        ["PDF"] = "file formats and programs an office uses by these names",
        ["CSV"] = "file formats and programs an office uses by these names",
        ["Markdown"] = "the report's second file format, named as its file is",
        ["docx"] = "file name endings, as the files show them",
        ["xlsx"] = "file name endings, as the files show them",
        ["csv"] = "file name endings, as the files show them",
        ["pdf"] = "file name endings, as the files show them",
        ["MB"] = "the unit of file sizes",
    };

    /// <summary>Texts whose Chinese form is not Chinese prose, by design.</summary>
    private static readonly Dictionary<string, string> NotProse = new(StringComparer.Ordinal)
    {
        ["HelpTexts.LanguageHint"] = "the line that tells English readers how to switch: English on purpose",
        ["ChatPageTexts.DateFormat"] = "a .NET date format pattern, never shown as such",
        // Known gap: the links list should carry each person's team-room link instead of this instruction.
        ["InvitationTexts.TeamHint"] = "tells the secretary to add the room=team parameter to a link",
    };

    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in AllChinese())
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void TheScan_CoversBothCatalogs()
    {
        var names = AllChinese().Select(t => t.Name).ToList();
        Assert.Contains(names, n => n.StartsWith("HelpTexts.", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("ReminderTexts.", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("FailureTexts.", StringComparison.Ordinal) && n.Contains('[', StringComparison.Ordinal));
        Assert.True(names.Count > 300, $"only {names.Count} texts found");
    }

    [Fact]
    public void TheScan_CatchesAnIdAFieldNameAndAZoneId()
    {
        Assert.Equal(["my-tasks"], LatinWords("发送 my-tasks 查看"));
        Assert.Equal(["TimeZoneId"], LatinWords("时区（TimeZoneId）"));
        Assert.Equal(["Asia/Shanghai"], LatinWords("时间 2026-12-07 09:00（Asia/Shanghai）"));
        Assert.Empty(LatinWords("{0}，您好！我是 MeetingBot 会议助手。"));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void AChineseText_HasNoLatinIdentifiersIdsOrFieldNames(string name)
    {
        var text = AllChinese().First(t => t.Name == name).Text;
        if (NotProse.ContainsKey(name))
        {
            return;
        }

        Assert.True(LatinWords(text).Count == 0, $"{name}: {string.Join(", ", LatinWords(text))} in \"{text}\"");
    }

    /// <summary>The Latin words of a text, placeholders and allowed words left out.</summary>
    private static List<string> LatinWords(string text) =>
        [.. Latin().Matches(Placeholder().Replace(text, " ")).Select(m => m.Value.TrimEnd('.', '-', '/'))
            .Where(w => !w.Split('.', '/').Where(p => p.Length > 0).All(Allowed.ContainsKey))];

    private static IEnumerable<(string Name, string Text)> AllChinese()
    {
        foreach (var assembly in new[] { typeof(LocalText).Assembly, typeof(BilingualText).Assembly })
        {
            var types = assembly.GetTypes().Where(t => !t.ContainsGenericParameters);
            foreach (var field in types.SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)).Where(f => !f.IsLiteral))
            {
                var name = $"{field.DeclaringType!.Name}.{field.Name}";
                if (field.FieldType == typeof(LocalText) && field.GetValue(null) is LocalText local)
                {
                    yield return (name, local.ZhCn);
                }
                else if (field.FieldType == typeof(BilingualText) && field.GetValue(null) is BilingualText bilingual)
                {
                    yield return (name, bilingual.ZhCn);
                }
                else if (field.GetValue(null) is IEnumerable<KeyValuePair<string, BilingualText>> catalog)
                {
                    // A catalog keyed by code (FailureTexts): each entry is a text of its own.
                    foreach (var (key, entry) in catalog)
                    {
                        yield return ($"{name}[{key}]", entry.ZhCn);
                    }
                }
            }
        }

        // Texts composed at run time from the catalogs.
        foreach (var kind in Enum.GetValues<DeliverableKind>())
        {
            yield return ($"ReminderTexts.NextStep({kind})", ReminderTexts.NextStep(kind).ZhCn);
        }

        foreach (var zone in (string[])["Asia/Shanghai", "Europe/London", "America/New_York"])
        {
            yield return ($"ReminderTexts.LocalTime({zone})", ReminderTexts.LocalTime(new DateTime(2026, 12, 7, 9, 0, 0), zone).ZhCn);
            yield return ($"ZoneWords.For({zone})", ZoneWords.For(zone, new DateTime(2026, 12, 7, 9, 0, 0)).ZhCn);
        }
    }

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Placeholder();

    // A run of Latin letters with what an identifier carries inside it (digits, - _ . /).
    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9_\-./]*")]
    private static partial Regex Latin();
}
