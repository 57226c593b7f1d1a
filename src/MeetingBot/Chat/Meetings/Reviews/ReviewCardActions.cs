using System.Text.Json;
using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Cards;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Chat.Commands;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// The approve / return buttons of a review card. An <c>Action.Submit</c> arrives as a message and is answered in
/// chat; an <c>Action.Execute</c> arrives as an invoke and is answered in the invoke response.
/// </summary>
public sealed class ReviewCardActions(ReviewDecisions decisions) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [ReviewVerbs.Approve, ReviewVerbs.Return];

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(ITurnContext turnContext, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        var locale = UserLocales.From(turnContext.Activity.Locale);
        var result = Read(data) is { } pressed
            ? await decisions.DecideAsync(turnContext, pressed.Key, pressed.Version, verb == ReviewVerbs.Approve, pressed.Comment, locale, cancellationToken)
            : new ReviewResult(false, ReviewTexts.NotFound.In(locale));
        if (turnContext.Activity.Type != ActivityTypes.Invoke)
        {
            await turnContext.SendActivityAsync(result.Reply, cancellationToken);
            return AdaptiveCardInvokeResponse.Message(result.Reply);
        }

        // In Teams a decided item's card is replaced by its outcome, so its buttons cannot be pressed again;
        // a refusal leaves the card as it was and shows the reason.
        return result.Succeeded
            ? AdaptiveCardInvokeResponse.Card(JsonSerializer.SerializeToElement(new AdaptiveCard(result.Reply).Text(result.Reply).ToJson()))
            : AdaptiveCardInvokeResponse.Message(result.Reply);
    }

    private static (string Key, long Version, string? Comment)? Read(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty(ReviewVerbs.KeyField, out var key) || key.ValueKind != JsonValueKind.String
            || !data.TryGetProperty(ReviewVerbs.VersionField, out var version) || !TryVersion(version, out var number))
        {
            return null;
        }

        var comment = data.TryGetProperty(ReviewVerbs.CommentField, out var c) && c.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(c.GetString())
            ? c.GetString()!.Trim()
            : null;
        return (key.GetString()!, number, comment);
    }

    // Some clients post card data numbers back as strings.
    private static bool TryVersion(JsonElement element, out long version) =>
        element.ValueKind == JsonValueKind.Number ? element.TryGetInt64(out version)
            : long.TryParse(element.ValueKind == JsonValueKind.String ? element.GetString() : null, out version);
}
