using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Talks;

namespace MeetingBot.Coordination.Tests.Meetings;

/// <summary>
/// A document id's text is kept in audit entries, notice keys and review cards already in people's hands: it must be
/// the characters these documents were named by before ids existed, written out here by hand.
/// </summary>
public sealed class DocumentIdTests
{
    private static readonly (DocumentId Id, string Text)[] Named =
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
    public void EveryKind_IsWrittenAsBefore_AndReadBackAsTheSameId()
    {
        Assert.Equal(Enum.GetValues<DocumentKind>().Length, Named.Select(n => n.Id.Kind).Distinct().Count());
        Assert.All(Named, n =>
        {
            Assert.Equal(n.Text, n.Id.ToString());
            Assert.True(DocumentId.TryParse(n.Text, out var read));
            Assert.Equal(n.Id, read);
        });
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("meetings/m-1")]
    [InlineData("meetings/m-1/")]
    [InlineData("meetings//meeting")]
    [InlineData("meetings/m-1/submissions/self-examination")]
    [InlineData("meetings/m-1/submissions/criticism-outline/li/zhang/more")]
    [InlineData("meetings/m-1/talks/zhao/li")]
    [InlineData("meetings/m-1/collective-material/comments")]
    [InlineData("meetings/m-1/files/ledger.xlsx")]
    [InlineData("notices/m-1/returned/meetings/m-1/meeting")]
    public void AnyOtherText_IsNoId(string? text) =>
        Assert.False(DocumentId.TryParse(text, out _));
}
