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
        step.GetValue<List<DepartmentHeadAssignment>>("heads") ?? [],
        step.GetValue<List<Person>>("supervisors") ?? []);

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
        Task.FromResult(prompt.Recognized.Value is { } zone && (IsDefault(zone) || WallClock.TryFindZone(zone.Trim(), out _)));
}
