using Azure.Storage.Blobs;

namespace MeetingBot.Storage.AzureBlob;

/// <summary>A container created, if missing, by the first call that needs it; one creation shared by every caller.</summary>
internal sealed class ContainerOnFirstUse(BlobContainerClient container)
{
    private readonly Lock _gate = new();
    private Task? _creation;

    public BlobContainerClient Container => container;

    public async Task<BlobContainerClient> GetAsync(CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync().WaitAsync(cancellationToken);
        return container;
    }

    private Task EnsureCreatedAsync()
    {
        lock (_gate)
        {
            // Shared, so it runs without any one caller's token; a failed or cancelled attempt is dropped and the
            // next caller tries again.
            if (_creation is null || _creation.IsFaulted || _creation.IsCanceled)
            {
                _creation = container.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
            }

            return _creation;
        }
    }
}
