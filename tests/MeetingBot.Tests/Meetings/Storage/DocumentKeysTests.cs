using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Talks;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Tests.Meetings.Storage;

/// <summary>
/// The repositories map a domain id to where the document is stored. Every document stored so far is under the key
/// it had when the domain built keys itself, written out here by hand: a change to the map that moves stored
/// documents fails here first.
/// </summary>
public sealed class DocumentKeysTests
{
    private static readonly (DocumentId Id, string Key)[] Stored =
    [
        (DocumentId.Meeting("m-1"), "meetings/m-1/meeting"),
        (DocumentId.Submission("m-1", "self-examination", "li", null), "meetings/m-1/submissions/self-examination/li"),
        (DocumentId.Submission("m-1", "criticism-outline", "li", "zhang"), "meetings/m-1/submissions/criticism-outline/li/zhang"),
        (DocumentId.ReviewReferences("m-1"), "meetings/m-1/review-references"),
        (DocumentId.TalkRecord("m-1", TalkPairKey.Of("zhao", "li")), "meetings/m-1/talks/li/zhao"),
        (DocumentId.CollectiveMaterial("m-1"), "meetings/m-1/collective-material"),
        (DocumentId.MaterialComment("m-1", "li"), "meetings/m-1/collective-material/comments/li"),
        (DocumentId.Minutes("m-1"), "meetings/m-1/minutes"),
        (DocumentId.SpecialReport("m-1"), "meetings/m-1/special-report"),
        (DocumentId.Rectification("m-1"), "meetings/m-1/rectification"),
        (DocumentId.Opinions("m-1"), "meetings/m-1/opinions"),
    ];

    [Fact]
    public void EveryDocumentKind_IsStoredUnderTheKeyItHadBefore()
    {
        Assert.Equal(Enum.GetValues<DocumentKind>().Length, Stored.Select(s => s.Id.Kind).Distinct().Count());
        Assert.All(Stored, s => Assert.Equal(s.Key, DocumentKeys.Of(s.Id)));
    }

    [Fact]
    public void EveryKey_IsUnderTheMeetingsPrefix_AndReadsBackAsItsDocument()
    {
        Assert.Equal("meetings/m-1/", DocumentKeys.Prefix("m-1"));
        Assert.All(Stored, s =>
        {
            Assert.StartsWith("meetings/m-1/", s.Key, StringComparison.Ordinal);
            Assert.True(DocumentKeys.TryRead(s.Key, out var read));
            Assert.Equal(s.Id, read);
        });
    }

    [Theory]
    [InlineData("meetings/m-1/files/ledger.xlsx")]
    [InlineData("meetings/m-1/submissions/self-examination")]
    [InlineData("secrets/document-links/signing-key")]
    public void AKeyOfAnythingElse_IsNoDocument(string key) =>
        Assert.False(DocumentKeys.TryRead(key, out _));
}
