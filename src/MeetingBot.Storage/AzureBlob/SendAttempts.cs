using System.Runtime.CompilerServices;
using Azure.Core;
using Azure.Core.Pipeline;

namespace MeetingBot.Storage.AzureBlob;

/// <summary>
/// Counts how many times the client's retry policy sent one call's request. A conditional write whose first try
/// reached the service but whose answer was lost (a restart, a dropped connection) is sent again and then fails
/// its own condition; only a count above one lets the storage tell that from a race lost to someone else.
/// </summary>
internal sealed class SendAttempts : HttpPipelinePolicy
{
    private static readonly AsyncLocal<StrongBox<int>?> Current = new();

    /// <summary>Starts counting for the calls made in this async flow; read <see cref="StrongBox{T}.Value"/> after.</summary>
    public static StrongBox<int> Count() => Current.Value = new StrongBox<int>();

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Counted();
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Counted();
        return ProcessNextAsync(message, pipeline);
    }

    private static void Counted()
    {
        if (Current.Value is { } box)
        {
            Interlocked.Increment(ref box.Value);
        }
    }
}
