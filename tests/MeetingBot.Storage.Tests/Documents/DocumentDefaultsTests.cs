using MeetingBot.Storage.AzureBlob;
using MeetingBot.Storage.Documents;
using MeetingBot.Storage.Sqlite;

namespace MeetingBot.Storage.Tests.Documents;

public sealed class DocumentDefaultsTests
{
    [Fact]
    public void SqliteStorage_PutsDocumentsInAFolderBesideTheDatabase()
    {
        var documents = new DocumentOptions();

        DocumentDefaults.Apply(documents, new StorageOptions { Sqlite = new SqliteStorageOptions { Path = Path.Combine("srv", "bot", "meetingbot.db") } });

        Assert.Equal(DocumentProviders.FileSystem, documents.Provider);
        Assert.Equal(Path.Combine("srv", "bot", "documents"), documents.FileSystem.Path);
    }

    [Fact]
    public void DefaultStorage_PutsDocumentsInTheDataFolder()
    {
        var documents = new DocumentOptions();

        DocumentDefaults.Apply(documents, new StorageOptions());

        Assert.Equal(DocumentProviders.FileSystem, documents.Provider);
        Assert.Equal(Path.Combine("data", "documents"), documents.FileSystem.Path);
    }

    [Fact]
    public void AzureBlobStorage_PutsDocumentsInTheirOwnContainerOverTheSameConnection()
    {
        var documents = new DocumentOptions();
        var storage = new StorageOptions
        {
            Provider = "azureblob",
            AzureBlob = new AzureBlobStorageOptions { AccountUrl = "https://acct.blob.core.windows.net", ManagedIdentityClientId = "id-1", ContainerName = "state" },
        };

        DocumentDefaults.Apply(documents, storage);

        Assert.Equal(DocumentProviders.AzureBlob, documents.Provider);
        Assert.Equal("https://acct.blob.core.windows.net", documents.AzureBlob.AccountUrl);
        Assert.Equal("id-1", documents.AzureBlob.ManagedIdentityClientId);
        Assert.Null(documents.AzureBlob.ConnectionString);
        Assert.Equal(DocumentOptions.DefaultContainerName, documents.AzureBlob.ContainerName);
    }

    [Fact]
    public void MemoryStorage_PutsDocumentsInANewTemporaryFolder()
    {
        var first = new DocumentOptions();
        var second = new DocumentOptions();

        DocumentDefaults.Apply(first, new StorageOptions { Provider = StorageProviders.Memory });
        DocumentDefaults.Apply(second, new StorageOptions { Provider = StorageProviders.Memory });

        Assert.Equal(DocumentProviders.FileSystem, first.Provider);
        Assert.StartsWith(Path.GetTempPath(), first.FileSystem.Path, StringComparison.Ordinal);
        Assert.NotEqual(first.FileSystem.Path, second.FileSystem.Path);
    }

    [Fact]
    public void OwnSettings_WinOverStorages()
    {
        var documents = new DocumentOptions
        {
            Provider = DocumentProviders.AzureBlob,
            FileSystem = new FileSystemDocumentOptions { Path = "/var/documents" },
            AzureBlob = new AzureBlobStorageOptions { ConnectionString = "UseDevelopmentStorage=true", ContainerName = "files" },
        };
        var storage = new StorageOptions { AzureBlob = new AzureBlobStorageOptions { AccountUrl = "https://acct.blob.core.windows.net" } };

        DocumentDefaults.Apply(documents, storage);

        Assert.Equal(DocumentProviders.AzureBlob, documents.Provider);
        Assert.Equal("/var/documents", documents.FileSystem.Path);
        Assert.Equal("UseDevelopmentStorage=true", documents.AzureBlob.ConnectionString);
        Assert.Null(documents.AzureBlob.AccountUrl);
        Assert.Equal("files", documents.AzureBlob.ContainerName);
    }

    [Fact]
    public void PostgresStorage_PutsDocumentsInTheirOwnTableInTheSameDatabase()
    {
        var documents = new DocumentOptions();
        var storage = new StorageOptions { Provider = "Postgres" };
        storage.Postgres.ConnectionString = "Host=db;Database=meetingbot";

        DocumentDefaults.Apply(documents, storage);

        Assert.Equal(DocumentProviders.Postgres, documents.Provider);
        Assert.Equal("Host=db;Database=meetingbot", documents.Postgres.ConnectionString);
        Assert.Equal(PostgresDocumentStore.DefaultTableName, documents.Postgres.TableName);
    }
}
