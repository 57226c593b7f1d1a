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
    // Ids as the channels make them (a Teams id with a colon, a directory id in Chinese): a key is free text.
    private static readonly (DocumentId Id, string Key)[] Stored =
    [
        (DocumentId.Meeting("东镇-2026"), "meetings/东镇-2026/meeting"),
        (DocumentId.Submission("东镇-2026", "self-examination", "29:1abc", null), "meetings/东镇-2026/submissions/self-examination/29:1abc"),
        (DocumentId.Submission("东镇-2026", "criticism-outline", "29:1abc", "u-张三"), "meetings/东镇-2026/submissions/criticism-outline/29:1abc/u-张三"),
        (DocumentId.ReviewReferences("东镇-2026"), "meetings/东镇-2026/review-references"),
        (DocumentId.TalkRecord("东镇-2026", TalkPairKey.Of("u-张三", "29:1abc")), "meetings/东镇-2026/talks/29:1abc/u-张三"),
        (DocumentId.CollectiveMaterial("东镇-2026"), "meetings/东镇-2026/collective-material"),
        (DocumentId.MaterialComment("东镇-2026", "u-张三"), "meetings/东镇-2026/collective-material/comments/u-张三"),
        (DocumentId.Minutes("东镇-2026"), "meetings/东镇-2026/minutes"),
        (DocumentId.SpecialReport("东镇-2026"), "meetings/东镇-2026/special-report"),
        (DocumentId.Rectification("东镇-2026"), "meetings/东镇-2026/rectification"),
        (DocumentId.Opinions("东镇-2026"), "meetings/东镇-2026/opinions"),
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
        Assert.Equal("meetings/东镇-2026/", DocumentKeys.Prefix("东镇-2026"));
        Assert.All(Stored, s =>
        {
            Assert.StartsWith("meetings/东镇-2026/", s.Key, StringComparison.Ordinal);
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
