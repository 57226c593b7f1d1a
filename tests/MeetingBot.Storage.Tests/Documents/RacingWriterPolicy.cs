using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;

namespace MeetingBot.Storage.Tests.Documents;

/// <summary>
/// Plays a second writer that wins a race: just before the store's first upload of a blob named <c>…/v{n}</c> leaves,
/// it uploads that blob itself, so the store's If-None-Match request finds it taken.
/// </summary>
public sealed class RacingWriterPolicy(string connectionString, string containerName, string versionName, byte[] rivalContent) : HttpPipelinePolicy
{
    private int _raced;

    public bool Raced => _raced == 1;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        RaceAsync(message).GetAwaiter().GetResult();
        ProcessNext(message, pipeline);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await RaceAsync(message);
        await ProcessNextAsync(message, pipeline);
    }

    private async Task RaceAsync(HttpMessage message)
    {
        var request = message.Request;
        if (request.Method != RequestMethod.Put || !request.Uri.Path.EndsWith("/" + versionName, StringComparison.Ordinal)
            || Interlocked.CompareExchange(ref _raced, 1, 0) != 0)
        {
            return;
        }

        // A client without this policy, writing the same blob name first.
        var name = Uri.UnescapeDataString(request.Uri.Path[(request.Uri.Path.IndexOf("/" + containerName + "/", StringComparison.Ordinal) + containerName.Length + 2)..]);
        await new BlobContainerClient(connectionString, containerName).GetBlobClient(name).UploadAsync(BinaryData.FromBytes(rivalContent));
    }
}
