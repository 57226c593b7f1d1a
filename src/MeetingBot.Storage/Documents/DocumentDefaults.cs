namespace MeetingBot.Storage.Documents;

/// <summary>Fills the <c>Documents</c> settings left unset from the <c>Storage</c> ones, before validation.</summary>
public static class DocumentDefaults
{
    public const string FolderBesideDatabase = "documents";

    public static void Apply(DocumentOptions documents, StorageOptions storage)
    {
        if (string.IsNullOrWhiteSpace(documents.Provider))
        {
            documents.Provider = StorageProviders.Is(storage.Provider, StorageProviders.AzureBlob) ? DocumentProviders.AzureBlob
                : StorageProviders.Is(storage.Provider, StorageProviders.Postgres) ? DocumentProviders.Postgres
                : DocumentProviders.FileSystem;
        }

        if (string.IsNullOrWhiteSpace(documents.FileSystem.Path))
        {
            documents.FileSystem.Path = StorageProviders.Is(storage.Provider, StorageProviders.Memory)
                // Memory storage forgets everything on exit; its documents should not pile up in the data folder.
                ? Path.Combine(Path.GetTempPath(), $"meetingbot-documents-{Guid.NewGuid():N}")
                : Path.Combine(Path.GetDirectoryName(storage.Sqlite.Path) ?? string.Empty, FolderBesideDatabase);
        }

        if (string.IsNullOrWhiteSpace(documents.Postgres.ConnectionString))
        {
            // The same database as the state: one server holds everything several instances share.
            documents.Postgres.ConnectionString = storage.Postgres.ConnectionString;
        }

        var own = documents.AzureBlob;
        if (string.IsNullOrWhiteSpace(own.ConnectionString) && string.IsNullOrWhiteSpace(own.AccountUrl))
        {
            // The same account as the state, with its credential: one connection to configure, not two.
            own.ConnectionString = storage.AzureBlob.ConnectionString;
            own.AccountUrl = storage.AzureBlob.AccountUrl;
            if (string.IsNullOrWhiteSpace(own.ManagedIdentityClientId))
            {
                own.ManagedIdentityClientId = storage.AzureBlob.ManagedIdentityClientId;
            }
        }
    }
}
