using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Proactive;

/// <summary>
/// Keeps a reference for every user and conversation the bot sees, refreshed from each inbound activity (the
/// serviceUrl can change); an uninstall forgets the conversation.
/// </summary>
public sealed class ConversationReferenceMiddleware(ConversationReferenceStore store) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var isProactive = activity.IsType(ActivityTypes.Event)
            && activity.Name is CloudAdapter.ContinueConversationEventName or CloudAdapter.CreateConversationEventName
            && activity.RelatesTo is not null;
        var isUninstall = activity.IsType(ActivityTypes.InstallationUpdate)
            && activity.Action?.StartsWith("remove", StringComparison.OrdinalIgnoreCase) == true;

        if (isUninstall)
        {
            await store.ForgetConversationAsync(activity.ChannelId!, activity.Conversation!.Id!, cancellationToken);
        }
        else if (!isProactive && activity.From?.Id is not null)
        {
            await store.SaveAsync(activity.GetConversationReference(), turnContext.ServiceUrlVerified, cancellationToken);
        }

        await next(cancellationToken);
    }
}
