namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// What <see cref="DateTimeText.Recognize(string, TimeZoneInfo, DateTimeOffset, bool)"/> understood.
/// Value carries the user's zone offset at that local time; it is set when Recognized and when InThePast
/// (so the reply can say which date has passed), null otherwise. HasTime false means a date only, at 00:00 local.
/// </summary>
public sealed record DateTimeRecognition(DateTimeRecognitionStatus Status, DateTimeOffset? Value, bool HasTime)
{
    internal static DateTimeRecognition Unrecognized { get; } = new(DateTimeRecognitionStatus.Unrecognized, null, false);

    internal static DateTimeRecognition Ambiguous { get; } = new(DateTimeRecognitionStatus.Ambiguous, null, true);
}
