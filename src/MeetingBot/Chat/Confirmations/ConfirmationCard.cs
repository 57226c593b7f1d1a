using MeetingBot.BotFramework.Cards;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Confirmations;

/// <summary>
/// The question before an irreversible action: what will happen, with 确认 / 取消 buttons where the channel renders
/// cards. The text says the same and names the typed answers, so every channel can answer it.
/// </summary>
public static class ConfirmationCard
{
    public static Activity For(PendingConfirmation pending, UserLocale locale, int minutes)
    {
        var text = ConfirmationTexts.Ask.In(locale, pending.Description, minutes);
        var reply = Activity.CreateMessage(text);
        if (ChannelCapabilities.RendersAdaptiveCards(pending.ChannelId))
        {
            var data = (string verb) => new Dictionary<string, string>
            {
                ["verb"] = verb, [ConfirmationVerbs.IdField] = pending.Id, [ConfirmationVerbs.ByField] = pending.UserId,
            };
            var card = new AdaptiveCard(text)
                .Text(pending.Description)
                .Submit(ConfirmationTexts.ConfirmButton.In(locale), data(ConfirmationVerbs.Confirm))
                .Submit(ConfirmationTexts.CancelButton.In(locale), data(ConfirmationVerbs.Cancel));
            reply.Attachments = [card.ToAttachment()];
        }
        else if (BotFramework.Schema.ChannelCapabilities.For(pending.ChannelId).Buttons)
        {
            // A channel with buttons but no Adaptive Cards: buttons that answer with the
            // typed words, which every channel already understands.
            reply.SuggestedActions = new SuggestedActions
            {
                Actions = [CardAction.ImBack(ConfirmationTexts.ConfirmButton.In(locale)), CardAction.ImBack(ConfirmationTexts.CancelButton.In(locale))],
            };
        }

        return reply;
    }
}
