using System.Text.Json;
using System.Text.RegularExpressions;
using MeetingBot.BotFramework.Cards;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Submissions.Revising;

/// <summary>
/// The revision as an Adaptive Card, for channels that render cards: each part in a multi-line input prefilled with
/// the last version, so the single-line chat box is never the only way. On "apply", only the lines the author changed
/// become changes (a part whose number of points changed is rewritten whole); the buttons post the same words as
/// the text path.
/// </summary>
public static partial class RevisionCard
{
    public const string Marker = "revision";
    private const string PartField = "part";

    public static Activity Of(IReadOnlyList<string> parts, IReadOnlyList<string>? names, UserLocale locale)
    {
        var card = new AdaptiveCard(RevisionTexts.CardHeading.In(locale)).Text(RevisionTexts.CardHeading.In(locale));
        for (var i = 0; i < parts.Count; i++)
        {
            var label = names is not null && i < names.Count ? names[i] : (locale == UserLocale.En ? $"part {i + 1}" : $"第{i + 1}部分");
            card.InputText(PartField + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), label, multiline: true, value: parts[i]);
        }

        card.Submit(RevisionTexts.CardApply.In(locale), new Dictionary<string, object> { [Marker] = "apply" })
            .Submit(SubmissionCards.SubmitButton.In(locale), new { command = SubmissionCards.SubmitButton.In(locale) })
            .Submit(SubmissionCards.SaveDraft.In(locale), new { command = SubmissionCards.SaveDraft.In(locale) });
        return new Activity { Type = ActivityTypes.Message, Attachments = [card.ToAttachment()] };
    }

    /// <summary>The parts posted by the card's "apply" button (1-based), or null when the message is not one.</summary>
    public static IReadOnlyDictionary<int, string>? PartsOf(Activity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.Text) || activity.Value is not { ValueKind: JsonValueKind.Object } value || !value.TryGetProperty(Marker, out _))
        {
            return null;
        }

        var parts = new Dictionary<int, string>();
        foreach (var property in value.EnumerateObject())
        {
            if (property.Name.StartsWith(PartField, StringComparison.Ordinal) && int.TryParse(property.Name[PartField.Length..], out var number)
                && property.Value.ValueKind == JsonValueKind.String)
            {
                parts[number] = property.Value.GetString() ?? string.Empty;
            }
        }

        return parts;
    }

    /// <summary>The changes between what the card showed (<paramref name="shown"/>) and what came back.</summary>
    public static IReadOnlyList<PointEdit> Edits(IReadOnlyDictionary<int, string> posted, SubmissionContent working, IReadOnlyList<string> shown)
    {
        var edits = new List<PointEdit>();
        var counts = ContentEdits.Parts(working);
        foreach (var (part, text) in posted.OrderBy(p => p.Key))
        {
            if (part < 1 || part > shown.Count || part > counts.Count || Same(text, shown[part - 1]))
            {
                continue;
            }

            var before = Lines(shown[part - 1]);
            var after = Lines(text);
            if (counts[part - 1] is null || before.Count != after.Count)
            {
                edits.Add(new PointEdit(PointEditAction.Replace, part, null, text.Trim()));
                continue;
            }

            edits.AddRange(after.Select((line, i) => (line, i))
                .Where(x => !Same(x.line, before[x.i]))
                .Select(x => new PointEdit(PointEditAction.Replace, part, x.i + 1, Unnumbered(x.line))));
        }

        return edits;
    }

    private static List<string> Lines(string text) =>
        [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    private static bool Same(string one, string other) =>
        string.Equals(string.Join("\n", Lines(one)), string.Join("\n", Lines(other)), StringComparison.Ordinal);

    private static string Unnumbered(string line) => Numbering().Replace(line, string.Empty);

    [GeneratedRegex(@"^\s*\d{1,3}\s*[.．、)）]\s*")]
    private static partial Regex Numbering();
}
