using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Dialogs;
using MeetingBot.BotFramework.State;

namespace MeetingBot.Chat;

/// <summary>
/// Begins a dialog in the person's 1:1 chat during a proactive turn, so that a flow asked for in a group (a
/// submission, a new meeting's set-up) is waiting for them privately. A flow already in progress there is left alone.
/// </summary>
public sealed class PrivateFlowStart(PrivateConversationState privateState, IEnumerable<Dialog> dialogs)
{
    // The property MeetingBotHandler keeps each person's dialog stack in.
    public const string StackProperty = "dialogs";

    /// <returns>False when another flow is active in the 1:1 chat (the person is told how to start instead).</returns>
    public async Task<bool> BeginAsync(ITurnContext privateTurn, string dialogId, object? options, CancellationToken cancellationToken)
    {
        var accessor = privateState.CreateProperty<DialogState>(StackProperty);
        if (await accessor.GetAsync(privateTurn, cancellationToken) is { Stack.Count: > 0 })
        {
            return false;
        }

        // An empty stack: a set holding only this flow can start it without dropping anything.
        var set = new DialogSet(accessor).Add(dialogs.First(d => d.Id == dialogId));
        var dc = await set.CreateContextAsync(privateTurn, cancellationToken);
        await dc.BeginDialogAsync(dialogId, options, cancellationToken);
        return true;
    }
}
