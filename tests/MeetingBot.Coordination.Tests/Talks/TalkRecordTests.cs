using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Talks;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Talks;

public sealed class TalkRecordTests
{
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    [Fact]
    public void EitherParty_RecordsTheTalk_AndTheOtherConfirms()
    {
        var recorded = _desk.RecordTalk(HeadZhao, Li).Value;
        Assert.Equal(TalkState.Recorded, recorded.State);
        Assert.Equal(Li.UserId, recorded.AwaitedFrom);
        Assert.Equal("meetings/dlm-2014-07/talks/h-zhao/m-li", recorded.Id.ToString());

        var confirmed = _desk.AnswerTalk(Li, HeadZhao, confirm: true).Value;

        Assert.Equal(TalkState.Confirmed, confirmed.State);
        Assert.Equal(new TalkAnswer(1, Li.UserId, _desk.Now, true, null), Assert.Single(confirmed.Answers));
    }

    [Fact]
    public void TheRecord_HoldsDateOpinionsEachWaySuggestionsAndWhetherDifferencesWereResolved()
    {
        var notes = new TalkNotes(new DateOnly(2014, 6, 18), "抓分管工作有力，但对下属批评多、帮助少", "希望书记多听取班子成员意见", "每月开一次班子碰头会", false);

        var record = _desk.RecordTalk(Lead, Chen, notes).Value;

        Assert.Equal(notes, record.Latest.Notes);
        Assert.Equal(Lead.UserId, record.Latest.RecordedBy);
    }

    [Fact]
    public void TheRecorder_CannotConfirmHisOwnRecord()
    {
        _desk.RecordTalk(Lead, Li);

        Assert.Equal(FailureCodes.OtherPartyConfirms, _desk.AnswerTalk(Lead, Li, confirm: true).Failure!.Code);
    }

    [Fact]
    public void TheOtherParty_MayDisputeWithANote_ThenEitherRecordsAgainAsANewVersion()
    {
        _desk.RecordTalk(Lead, Li);
        Assert.Equal(FailureCodes.CommentRequired, _desk.AnswerTalk(Li, Lead, confirm: false).Failure!.Code);

        var disputed = _desk.AnswerTalk(Li, Lead, confirm: false, note: "我提的意见记录不完整").Value;
        Assert.Equal(TalkState.Disputed, disputed.State);

        var again = _desk.RecordTalk(Li, Lead).Value;
        Assert.Equal(TalkState.Recorded, again.State);
        Assert.Equal([1, 2], again.Versions.Select(v => v.Number));
        Assert.Equal(Lead.UserId, again.AwaitedFrom);
        Assert.True(_desk.AnswerTalk(Lead, Li, confirm: true).IsSuccess);
    }

    [Fact]
    public void AConfirmedRecord_IsFinal()
    {
        _desk.RecordTalk(Lead, Li);
        _desk.AnswerTalk(Li, Lead, confirm: true);

        Assert.Equal(FailureCodes.TalkAlreadyConfirmed, _desk.RecordTalk(Li, Lead).Failure!.Code);
        Assert.Equal(FailureCodes.TalkAlreadyConfirmed, _desk.AnswerTalk(Li, Lead, confirm: false, note: "x").Failure!.Code);
    }

    [Fact]
    public void OnlyThePartiesOfAPlannedPair_Record()
    {
        Assert.Equal(FailureCodes.PairNotInPlan, _desk.RecordTalk(HeadZhao, HeadSun).Failure!.Code);
        Assert.Equal(FailureCodes.PairNotInPlan, _desk.RecordTalk(SupervisorWu, Li).Failure!.Code);
        Assert.Equal(FailureCodes.NotAParticipant, _desk.RecordTalk(Outsider, Li).Failure!.Code);
    }

    [Fact]
    public void AnsweringATalkNobodyRecorded_IsNotFound()
    {
        Assert.Equal(FailureCodes.TalkRecordNotFound, _desk.AnswerTalk(Li, Lead, confirm: true).Failure!.Code);
    }

    [Fact]
    public void ARecordWithoutOpinions_IsIncomplete()
    {
        var empty = new TalkNotes(new DateOnly(2014, 6, 18), " ", "", "", true);

        Assert.Equal(FailureCodes.Incomplete, _desk.RecordTalk(Lead, Li, empty).Failure!.Code);
    }

    [Fact]
    public void TwoPartiesWritingAtOnce_OneGetsAConflict()
    {
        var first = new RecordTalk(0, Li.UserId, Contents.Talk()).Decide(_desk.Meeting, _desk.Template, null, Lead, _desk.Now).Value;

        var second = new RecordTalk(0, Lead.UserId, Contents.Talk()).Decide(_desk.Meeting, _desk.Template, first, Li, _desk.Now);

        Assert.Equal(FailureCodes.StaleVersion, second.Failure!.Code);
    }

    [Fact]
    public void EveryStep_IsInTheRecordsHistory()
    {
        _desk.RecordTalk(Lead, Li);
        var record = _desk.AnswerTalk(Li, Lead, confirm: true).Value;

        Assert.Equal([AuditActions.TalkRecorded, AuditActions.TalkConfirmed], record.History.Select(h => h.Action));
        Assert.Equal([1L, 2L], record.History.Select(h => h.Version));
    }
}
