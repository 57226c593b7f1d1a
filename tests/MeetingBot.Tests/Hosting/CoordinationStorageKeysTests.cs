using System.Reflection;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions.Contents;

namespace MeetingBot.Tests.Hosting;

/// <summary>
/// Where a domain document is stored is the repositories' (<c>Meetings/Storage/DocumentKeys</c>); the domain names
/// documents by <see cref="DocumentId"/> and builds no storage key. Read from the compiled domain, so a comment or a
/// doc reference does not count, but a <c>StorageKeys</c> class or a <c>StorageKey</c> member coming back does.
/// </summary>
public sealed class CoordinationStorageKeysTests
{
    [Fact]
    public void TheDomain_HasNoStorageKeyMember()
    {
        // UploadedDocument keeps the key the document store gave an uploaded file: a reference handed to the domain,
        // never built by it (DocumentLinks reads it back to sign a download).
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        var named = typeof(DocumentId).Assembly.GetTypes()
            .Where(t => t != typeof(UploadedDocument))
            .SelectMany(t => t.GetMembers(all).Select(m => $"{t.FullName}.{m.Name}").Prepend(t.FullName ?? t.Name))
            .Where(name => name.Contains("StorageKey", StringComparison.Ordinal))
            .ToList();

        Assert.True(named.Count == 0, "Storage keys built in Coordination: " + string.Join("; ", named));
    }
}
