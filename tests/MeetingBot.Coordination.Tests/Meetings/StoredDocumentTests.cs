using MeetingBot.Coordination.CollectiveMaterials;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Talks;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Meetings;

/// <summary>Every aggregate survives the store's JSON round-trip, empty lists and polymorphic contents included.</summary>
public sealed class StoredDocumentTests
{
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting().FullyPrepared();

    private static T RoundTrip<T>(T value) => StoredJson.Read<T>(StoredJson.Write(value));

    [Fact]
    public void TheMeeting_RoundTrips()
    {
        _desk.Change(m => new AddTalkPair(m.Version, Chen.UserId, HeadZhao.UserId).Decide(m, _desk.Template, Secretary, _desk.Now));
        var meeting = _desk.Confirm(Lead, "按期召开").Value;

        var read = RoundTrip(meeting);

        Assert.Equal(StoredJson.Write(meeting), StoredJson.Write(read));
        Assert.Equal(meeting.Participants.Select(p => p.Roles.Count), read.Participants.Select(p => p.Roles.Count));
        Assert.Equal(meeting.StartsAt, read.StartsAt);
        Assert.Equal(meeting.LocalStart, read.LocalStart);
        Assert.Contains("\"status\":\"Confirmed\"", StoredJson.Write(meeting), StringComparison.Ordinal);
        Assert.Contains("迟永生", StoredJson.Write(meeting), StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyListsOmittedByTheStore_ReadBackAsEmpty_NeverNull()
    {
        var fresh = MeetingDesk.SeedMeeting().Meeting;

        var read = RoundTrip(fresh);

        Assert.Empty(read.AddedTalkPairs);
        Assert.Empty(read.DroppedTalkPairs);
        Assert.Empty(read.Find(Lead.UserId)!.OverseenDepartmentHeads);
        var draft = RoundTrip(MeetingDesk.SeedMeeting().SaveDraft(Li, "study-check-in", new StudyCheckIn([], null)).Value);
        Assert.Empty(draft.Versions);
        Assert.Empty(draft.Reviews);
        Assert.Empty(RoundTrip(new StudyCheckIn([], null)).MaterialsStudied);
    }

    [Theory]
    [InlineData("study-check-in", "m-li", null)]
    [InlineData("problem-list", "m-li", null)]
    [InlineData("self-examination", "m-li", null)]
    [InlineData("criticism-outline", "m-li", "m-zhang")]
    [InlineData("report-upward", "sec-wang", null)]
    [InlineData("attendance-confirmation", "m-li", null)]
    [InlineData("rectification-review", "sec-wang", null)]
    public void EverySubmission_RoundTripsWithItsContentKind(string deliverableId, string author, string? target)
    {
        var submission = _desk.Dossier.Submissions.Single(s => s.DeliverableId == deliverableId && s.AuthorId == author && s.TargetId == target);

        var read = RoundTrip(submission);

        Assert.Equal(StoredJson.Write(submission), StoredJson.Write(read));
        Assert.Equal(submission.Latest!.Content.GetType(), read.Latest!.Content.GetType());
    }

    [Fact]
    public void TalkRecordsAndTheCollectiveMaterial_RoundTrip()
    {
        var record = _desk.TalkOf(Lead, Li)!;
        var material = _desk.Material!;

        Assert.Equal(StoredJson.Write(record), StoredJson.Write(RoundTrip(record)));
        Assert.Equal(StoredJson.Write(material), StoredJson.Write(RoundTrip(material)));
        Assert.Equal(TalkPairKey.Of(Lead.UserId, Li.UserId), RoundTrip(record).Pair);
        Assert.Equal(MaterialState.Finalised, RoundTrip(material).State);
    }

    [Fact]
    public void ContentKinds_AreWrittenWithAStableDiscriminator()
    {
        var json = StoredJson.Write<SubmissionContent>(Contents.GoodOutline());

        Assert.StartsWith("{\"$kind\":\"criticism-outline\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void DocumentIds_AreTheMeetings_AndEachNamesOneDocument()
    {
        var ids = new[] { DocumentId.Meeting(_desk.Meeting.Id), _desk.Material!.Id }
            .Concat(_desk.Dossier.Submissions.Select(s => s.Id))
            .Concat(_desk.Dossier.TalkRecords.Select(t => t.Id))
            .Concat(_desk.Dossier.MaterialComments.Select(c => c.Id))
            .ToList();

        Assert.All(ids, id => Assert.Equal(_desk.Meeting.Id, id.MeetingId));
        Assert.All(ids, id => Assert.StartsWith("meetings/dlm-2014-07/", id.ToString(), StringComparison.Ordinal));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids.Count, ids.Select(id => id.ToString()).Distinct(StringComparer.Ordinal).Count());
    }
}
