using MeetingBot.BotFramework.Storage;

namespace MeetingBot.Storage.Tests;

public sealed class MemoryStorageTests : StorageContract
{
    protected override IStorage Storage { get; } = new MemoryStorage();
}
