using MeetingBot.Coordination.MeetingRecords;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.MeetingRecords;

public sealed class MinutesTests
{
    [Fact]
    public void Minutes_AreRefused_BeforeTheMeetingIsConfirmed()
    {
        var desk = new ClosingDesk(MeetingDesk.SeedMeeting());

        var outcome = desk.Record(Secretary, Li, SpeechKind.SelfCriticism, "自我批评");

        Assert.Equal((FailureKind.Conflict, FailureCodes.NotConfirmed), (outcome.Failure!.Kind, outcome.Failure.Code));
        Assert.Null(desk.Minutes);
    }

    [Fact]
    public void Minutes_AreRefused_BeforeTheMeetingStarts_NamingTheStart()
    {
        var desk = ClosingDesk.Confirmed(sinceStart: TimeSpan.FromMinutes(-1));

        var outcome = desk.Record(Secretary, Li, SpeechKind.SelfCriticism, "自我批评");

        Assert.Equal(FailureCodes.NotStarted, outcome.Failure!.Code);
        Assert.Equal("2014-07-15 09:00", outcome.Failure.Data["start"]);
    }

    [Theory]
    [InlineData("lead-chi")]
    [InlineData("m-li")]
    [InlineData("s-wu")]
    public void OnlyTheSecretary_RecordsMinutes(string userId)
    {
        var desk = ClosingDesk.Confirmed();
        var actor = new Actor(userId, userId, Tenant);

        Assert.Equal(FailureCodes.SecretaryOnly, desk.Record(actor, Li, SpeechKind.SelfCriticism, "自我批评").Failure!.Code);
    }

    [Fact]
    public void EachMember_HasSelfCriticism_CriticismsWithWhoRaisedThem_AndResponse()
    {
        var desk = ClosingDesk.Confirmed();

        desk.Record(Secretary, Li, SpeechKind.SelfCriticism, "  深入基层不够  ");
        desk.Record(Secretary, Li, SpeechKind.Criticism, "调研走过场", Zhang);
        desk.Record(Secretary, Li, SpeechKind.Criticism, "对分管部门要求不严", Liu);
        desk.Record(Secretary, Li, SpeechKind.Response, "诚恳接受");

        var li = desk.Minutes!.ForMember(desk.Meeting, Li.UserId);
        Assert.Equal("深入基层不够", li.SelfCriticism);
        Assert.Equal([new ReceivedCriticism(Zhang.UserId, Zhang.Name, "调研走过场"), new ReceivedCriticism(Liu.UserId, Liu.Name, "对分管部门要求不严")], li.Criticisms);
        Assert.Equal("诚恳接受", li.Response);
        Assert.Equal(4, desk.Minutes.Version);
        Assert.All(desk.Minutes.History, e => Assert.Equal(AuditActions.SpeechRecorded, e.Action));
        Assert.Equal("Criticism:m-li<m-zhang", desk.Minutes.History[1].Detail);
    }

    [Fact]
    public void ACorrection_IsANewEntry_TheViewReadsTheLatest_TheFirstStays()
    {
        var desk = ClosingDesk.Confirmed();
        desk.Record(Secretary, Li, SpeechKind.Criticism, "初稿", Zhang);

        desk.Record(Secretary, Li, SpeechKind.Criticism, "更正后", Zhang);

        Assert.Equal(["初稿", "更正后"], desk.Minutes!.Entries.Select(e => e.Text));
        Assert.Equal("更正后", Assert.Single(desk.Minutes.ForMember(desk.Meeting, Li.UserId).Criticisms).Text);
    }

    [Fact]
    public void MembersWithNothingRecorded_AreListedEmpty_InRosterOrder()
    {
        var desk = ClosingDesk.Confirmed();
        desk.Record(Secretary, Zhang, SpeechKind.SelfCriticism, "自我批评");

        var all = desk.Minutes!.Of(desk.Meeting);

        Assert.Equal(Members.Select(m => m.UserId), all.Select(m => m.MemberId));
        Assert.Equal(1, all.Count(m => !m.IsEmpty));
    }

    [Fact]
    public void BadSpeeches_AreRefused_AndNothingIsRecorded()
    {
        var desk = ClosingDesk.Confirmed();

        Assert.Equal(FailureCodes.NotAMember, desk.Record(Secretary, HeadZhao, SpeechKind.SelfCriticism, "x").Failure!.Code);
        Assert.Equal(FailureCodes.SpeechRequired, desk.Record(Secretary, Li, SpeechKind.SelfCriticism, "  ").Failure!.Code);
        Assert.Equal(FailureCodes.CriticRequired, desk.Record(Secretary, Li, SpeechKind.Criticism, "x").Failure!.Code);
        Assert.Equal(FailureCodes.CriticIsSelf, desk.Record(Secretary, Li, SpeechKind.Criticism, "x", Li).Failure!.Code);
        Assert.Equal(FailureCodes.NotAMember, desk.Record(Secretary, Li, SpeechKind.Criticism, "x", SupervisorWu).Failure!.Code);
        Assert.Equal(FailureCodes.CollectiveIsLeads, desk.Record(Secretary, Li, SpeechKind.CollectiveExamination, "x").Failure!.Code);
        Assert.Null(desk.Minutes);
    }

    [Fact]
    public void AStaleVersion_IsAConflict()
    {
        var desk = ClosingDesk.Confirmed();
        desk.Record(Secretary, Li, SpeechKind.SelfCriticism, "一");

        var outcome = new RecordSpeech(0, Li.UserId, SpeechKind.Response, null, "二").Decide(desk.Meeting, desk.Minutes, Secretary, desk.Now);

        Assert.Equal(FailureCodes.StaleVersion, outcome.Failure!.Code);
    }

    [Fact]
    public void TheCollectiveExamination_IsTheLeads()
    {
        var desk = ClosingDesk.Confirmed();

        desk.Record(Secretary, Lead, SpeechKind.CollectiveExamination, "班子对照检查");

        Assert.Equal("班子对照检查", desk.Minutes!.CollectiveExamination);
    }

    [Fact]
    public void Minutes_SurviveAStoreRoundTrip()
    {
        var desk = ClosingDesk.Confirmed().MinutesRecorded();

        var read = StoredJson.Read<MeetingMinutes>(StoredJson.Write(desk.Minutes!));

        Assert.Equal(desk.Minutes!.Entries, read.Entries);
        Assert.Equal(desk.Minutes.History, read.History);
    }
}
