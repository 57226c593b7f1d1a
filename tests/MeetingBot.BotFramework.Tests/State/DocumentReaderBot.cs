using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.State;
using MeetingBot.BotFramework.Storage;

namespace MeetingBot.BotFramework.Tests.State;

/// <summary>
/// Reads one document three times through the turn's unit of work (as three classes of a chat front would), then
/// counts in conversation state, and answers with the document's text.
/// </summary>
public sealed class DocumentReaderBot(IStorage storage, ConversationState conversation) : IBot
{
    public const string DocumentKey = "documents/shared";

    private readonly IStatePropertyAccessor<Counter> _counter = conversation.CreateProperty<Counter>("counter");

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var documents = (TurnUnitOfWork.Of(turnContext) ?? throw new InvalidOperationException("No unit of work.")).Documents(storage);
        StoredDocument? document = null;
        for (var i = 0; i < 3; i++)
        {
            document = await documents.ReadAsync(DocumentKey, cancellationToken);
        }

        var counter = await _counter.GetOrCreateAsync(turnContext, () => new Counter(), cancellationToken);
        counter.Value++;
        await turnContext.SendActivityAsync(document?.Json ?? "none", cancellationToken);
    }
}
