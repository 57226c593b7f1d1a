using MeetingBot.BotFramework.Dialogs;
using MeetingBot.BotFramework.Dialogs.Prompts;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// The setup dialog's answers: which ones a prompt accepts, and the domain command they make together (built from
/// the dialog's stored values, so it is the same on every turn and after a restart).
/// </summary>
public static class NewMeetingAnswers
{
    public static CreateMeeting Command(WaterfallStepContext step, string meetingId) => new(
        meetingId,
        step.GetValue<string>("theme")!,
        step.GetValue<DateTime>("start"),
        step.GetValue<string>("place")!,
        step.GetValue<string>("zone"),
        step.GetValue<Person>("lead")!,
        step.GetValue<List<Person>>("members")!,
        [.. (step.GetValue<List<Person>>("pairs") ?? []).Chunk(2).Where(p => p.Length == 2).Select(p => new DepartmentHeadAssignment(p[0], p[1], null))],
        step.GetValue<List<Person>>("supervisors") ?? []);

    /// <summary>Everyone the answers so far name, for showing them by the names people know.</summary>
    public static IEnumerable<Person> Named(WaterfallStepContext step) =>
        new[] { step.GetValue<Person>("lead") }.OfType<Person>()
            .Concat(step.GetValue<List<Person>>("members") ?? [])
            .Concat(step.GetValue<List<Person>>("pairs") ?? [])
            .Concat(step.GetValue<List<Person>>("supervisors") ?? []);

    /// <summary>Department heads come in pairs (member, head): an odd count is asked again, with the count and an example.</summary>
    public static async Task<bool> InPairsAsync(PromptValidatorContext<List<Person>> prompt, CancellationToken cancellationToken)
    {
        if (prompt.Recognized.Value is not { } people || people.Count % 2 == 0)
        {
            return true;
        }

        await prompt.Context.SendActivityAsync(SetupTexts.HeadsNotInPairs.In(UserLocales.From(prompt.Context.Activity.Locale), people.Count), cancellationToken);
        return false;
    }

    public static bool IsDefault(string text) =>
        text.Trim() is "默认" or "缺省" or "跳过" || text.Trim().Equals("default", StringComparison.OrdinalIgnoreCase) || text.Trim().Equals("skip", StringComparison.OrdinalIgnoreCase);

    public static async Task<bool> RequireTimeAsync(PromptValidatorContext<DateTimeRecognition> prompt, CancellationToken cancellationToken)
    {
        if (prompt.Recognized.Value is { HasTime: true })
        {
            return true;
        }

        await prompt.Context.SendActivityAsync(SetupTexts.WhenNeedsTime.In(UserLocales.From(prompt.Context.Activity.Locale)), cancellationToken);
        return false;
    }

    public static Task<bool> KnownZoneAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Value is { } zone && (IsDefault(ZoneAnswer(zone)) || WallClock.TryFindZone(ZoneOf(zone, string.Empty), out _)));

    /// <summary>
    /// The zone an answer names: the template's for "默认", Asia/Shanghai for the names a Chinese office uses for it
    /// (北京时间, 东八区, …), else the zone id as written.
    /// </summary>
    public static string ZoneOf(string text, string defaultZone)
    {
        var answer = ZoneAnswer(text);
        return IsDefault(answer) ? defaultZone : ChinaTimeWords.Contains(answer) ? "Asia/Shanghai" : answer;
    }

    /// <summary>The answer without the label people copy from the question (<c>时区：北京时间</c>) or a closing full stop.</summary>
    private static string ZoneAnswer(string text)
    {
        var answer = text.Trim().TrimEnd('。', '．', '！', '!').Trim();
        foreach (var label in ZoneLabels)
        {
            if (answer.StartsWith(label, StringComparison.OrdinalIgnoreCase) && answer.Length > label.Length)
            {
                return answer[label.Length..].TrimStart(':', '：', '是', ' ', '\u3000').Trim();
            }
        }

        return answer;
    }

    private static readonly string[] ZoneLabels = ["时区", "time zone", "timezone", "zone"];

    private static readonly HashSet<string> ChinaTimeWords = new(
        ["北京时间", "北京", "中国时间", "中国标准时间", "东八区", "东8区", "UTC+8", "GMT+8", "UTC+08:00", "China Standard Time"],
        StringComparer.OrdinalIgnoreCase);
}
