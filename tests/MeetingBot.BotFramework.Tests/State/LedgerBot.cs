using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.State;
using MeetingBot.BotFramework.Storage;

namespace MeetingBot.BotFramework.Tests.State;

/// <summary>
/// Writes domain documents through the turn's unit of work, as a chat front's command does: "count" adds one to a
/// shared tally (read, decide, conditional write), reads it back and counts the turn in conversation state; "file"
/// files item b, withdraws item a and lists the items. It answers with what the run saw.
/// </summary>
public sealed class LedgerBot(IStorage storage, ConversationState conversation) : IBot
{
    public const string TallyKey = "documents/tally";

    private readonly IStatePropertyAccessor<Counter> _turns = conversation.CreateProperty<Counter>("turns");

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var documents = (TurnUnitOfWork.Of(turnContext) ?? throw new InvalidOperationException("No unit of work.")).Documents(storage);
        var turns = await _turns.GetOrCreateAsync(turnContext, () => new Counter(), cancellationToken);
        turns.Value++;
        if (turnContext.Activity.Text == "file")
        {
            await documents.WriteAsync("items/b", "{\"item\":\"b\"}", WriteCondition.IfAbsent, cancellationToken);
            var withdrawn = await documents.DeleteAsync("items/a", WriteCondition.Any, cancellationToken);
            var listed = await documents.ListAsync("items/", cancellationToken);
            await turnContext.SendActivityAsync($"withdrawn={withdrawn} items={string.Join(',', listed.Select(d => d.Key))}", cancellationToken);
            return;
        }

        await documents.UpdateAsync<Counter>(TallyKey, tally => new Counter { Value = (tally?.Value ?? 0) + 1 }, cancellationToken);
        var read = await documents.ReadAsync<Counter>(TallyKey, cancellationToken);
        await turnContext.SendActivityAsync($"tally={read?.Value.Value}", cancellationToken);
    }
}
