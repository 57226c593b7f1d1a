using System.Security.Cryptography;
using MeetingBot.BotFramework.Signing;
using MeetingBot.BotFramework.Storage;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.Documents.Links;

/// <summary>
/// The HMAC key that signs download links and sign-in links (each under its own purpose, <see cref="TokensAsync"/>):
/// <c>Documents:Links:SigningKey</c> when set (validated at start-up);
/// otherwise generated once and kept in the bot's storage (created only if absent, so two instances starting
/// together agree on the first one written), which for the embedded default is the SQLite file in the data folder.
/// </summary>
public sealed class LinkSigningKey
{
    public const string StorageKey = "secrets/document-links/signing-key";

    private readonly Lazy<Task<byte[]>> _key;
    private readonly Lazy<Task<SignedTokens>> _tokens;

    public LinkSigningKey(IOptions<DocumentLinkOptions> options, IStorage storage)
    {
        var configured = options.Value.SigningKey;
        _key = new(() => string.IsNullOrWhiteSpace(configured)
            ? LoadOrCreateAsync(storage)
            : Task.FromResult(DocumentLinkOptionsValidator.KeyBytes(configured)!));
        _tokens = new(async () => new SignedTokens(new SymmetricSecurityKey(await _key.Value) { KeyId = "document-links" }));
    }

    public Task<byte[]> GetAsync() => _key.Value;

    /// <summary>The service's one signing scheme under this key.</summary>
    public Task<SignedTokens> TokensAsync() => _tokens.Value;

    private static async Task<byte[]> LoadOrCreateAsync(IStorage storage)
    {
        if (await storage.ReadAsync<StoredSigningKey>(StorageKey) is { } stored)
        {
            return Convert.FromBase64String(stored.Value.Key);
        }

        var fresh = new StoredSigningKey(StoredSigningKey.CurrentVersion, Convert.ToBase64String(RandomNumberGenerator.GetBytes(DocumentLinkOptions.MinimumKeyBytes)));
        try
        {
            await storage.WriteAsync(StorageKey, fresh, WriteCondition.IfAbsent);
            return Convert.FromBase64String(fresh.Key);
        }
        catch (StorageConflictException)
        {
            // Another instance wrote one first: use that, so links from either instance work on both.
            var winner = await storage.ReadAsync<StoredSigningKey>(StorageKey)
                ?? throw new InvalidOperationException("The link-signing key was written and then disappeared.");
            return Convert.FromBase64String(winner.Value.Key);
        }
    }
}
