using MeetingBot.Documents;
using MeetingBot.Storage.Documents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MeetingBot.Tests.Hosting;

/// <summary>The service wires the document store and the upload reader, and refuses to start on bad settings.</summary>
public sealed class DocumentServicesTests
{
    [Fact]
    public async Task Service_WithMemoryStorage_KeepsDocumentsInATemporaryFolderAndReadsUploads()
    {
        await using var factory = new MeetingBotFactory();

        var store = Assert.IsType<FileSystemDocumentStore>(factory.Services.GetRequiredService<IDocumentStore>());

        Assert.StartsWith(Path.GetTempPath(), store.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        Assert.NotNull(factory.Services.GetRequiredService<UploadedFileReader>());
        Assert.Equal(UploadOptions.DefaultMaxBytes, factory.Services.GetRequiredService<IOptions<UploadOptions>>().Value.MaxBytes);
    }

    [Theory]
    [InlineData("Documents:Provider", "Floppy", "Documents:Provider is 'Floppy'")]
    [InlineData("Uploads:MaxBytes", "0", "MaxBytes")]
    public void Service_WithBadDocumentSettings_RefusesToStartNamingTheKey(string key, string value, string expected)
    {
        using var factory = MeetingBotFactory.In("Development", new() { ["MicrosoftAppId"] = "", [key] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }
}
