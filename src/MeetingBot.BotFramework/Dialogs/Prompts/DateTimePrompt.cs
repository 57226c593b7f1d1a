using MeetingBot.BotFramework.Builder;

namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// A date, or a date and time, as people type it in Chinese or English, read in the user's time zone
/// (<see cref="PromptOptions.TimeZone"/>, default Asia/Shanghai). A moment in the past when a future one is asked
/// for, or an ambiguous hour, is never guessed: it is asked again, with the retry prompt for that reason
/// (<see cref="PastReason"/>, <see cref="AmbiguousReason"/>) when the host gave one.
/// </summary>
public sealed class DateTimePrompt(string id, TimeProvider time, PromptValidator<DateTimeRecognition>? validator = null)
    : Prompt<DateTimeRecognition>(id, validator)
{
    public const string PastReason = "past";
    public const string AmbiguousReason = "ambiguous";

    protected override Task<PromptRecognition<DateTimeRecognition>> RecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var zone = DateTimeText.ZoneOrDefault(options.TimeZone);
        var recognition = DateTimeText.Recognize(turnContext.Activity.Text ?? string.Empty, zone, time.GetUtcNow(), options.FutureOnly);
        return Task.FromResult(recognition.Status switch
        {
            DateTimeRecognitionStatus.Recognized => PromptRecognition<DateTimeRecognition>.Of(recognition),
            DateTimeRecognitionStatus.InThePast => PromptRecognition<DateTimeRecognition>.FailedBecause(PastReason),
            DateTimeRecognitionStatus.Ambiguous => PromptRecognition<DateTimeRecognition>.FailedBecause(AmbiguousReason),
            _ => PromptRecognition<DateTimeRecognition>.Failed,
        });
    }
}
