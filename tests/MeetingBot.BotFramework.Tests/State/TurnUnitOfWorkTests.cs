using MeetingBot.BotFramework.State;
using MeetingBot.BotFramework.Storage;
using MeetingBot.BotFramework.Tests.Dialogs;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.BotFramework.Tests.State;

/// <summary>A document is read at most once per run of a turn; a replayed run reads it fresh.</summary>
public sealed class TurnUnitOfWorkTests
{
    private const string ConversationKey = "state/conversation/directline/conversation-1";

    [Fact]
    public async Task ADocumentAskedForThreeTimes_IsReadOnce()
    {
        var storage = new InterceptingStorage();
        await storage.WriteDirectAsync(DocumentReaderBot.DocumentKey, "\"first\"");
        await using var chat = new Transcript(sp => new DocumentReaderBot(storage, sp.GetRequiredService<ConversationState>()), storage);

        Assert.Equal(["\"first\""], await chat.SendAsync("go"));

        Assert.Equal(1, storage.Reads[DocumentReaderBot.DocumentKey]);
    }

    [Fact]
    public async Task AReplayedRun_ReadsTheDocumentAgain_AndAnswersWithWhatItReadThen()
    {
        var storage = new InterceptingStorage();
        await storage.WriteDirectAsync(DocumentReaderBot.DocumentKey, "\"first\"");
        await using var chat = new Transcript(sp => new DocumentReaderBot(storage, sp.GetRequiredService<ConversationState>()), storage);
        await chat.SendAsync("go");
        var raced = false;
        storage.BeforeWrite = async key =>
        {
            if (key == ConversationKey && !raced)
            {
                raced = true;
                await storage.WriteDirectAsync(DocumentReaderBot.DocumentKey, "\"second\"");
                await storage.WriteDirectAsync(key, "{\"counter\":{\"version\":1,\"value\":41}}");
            }
        };

        Assert.Equal(["\"second\""], await chat.SendAsync("go"));

        Assert.True(raced);
        Assert.Equal(3, storage.Reads[DocumentReaderBot.DocumentKey]);
    }
}
