using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Status;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Talks;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Status;

/// <summary>Status views in the team channel show counts and names of who is behind, never content.</summary>
public sealed class GroupStatusTests
{
    private const string Secret = "机密内容-不得外传";

    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    private MeetingDesk WithSecretsEverywhere()
    {
        var outline = new Coordination.CriticismOutlines.CriticismOutline([new Coordination.CriticismOutlines.OutlinePoint("party-spirit", Secret, Secret)]);
        _desk.Submit(Li, "criticism-outline", outline, Zhang);
        _desk.Approve(Lead, "criticism-outline", Li, Zhang);
        _desk.Submit(Zhang, "criticism-outline", outline, Li);
        _desk.Return(Lead, "criticism-outline", Zhang, Secret, Li);
        _desk.Submit(Li, "problem-list", new ProblemList([Contents.Problems().Items[0] with { Manifestation = Secret, TypicalCase = Secret }]));
        _desk.Submit(Li, "self-examination", Contents.Material() with { RootCauses = Secret });
        _desk.RecordTalk(Lead, Li, Contents.Talk() with { OpinionsGivenByRecorder = Secret });
        _desk.Submit(Li, "attendance-confirmation", new AttendanceConfirmation(false, Secret));
        _desk.DraftMaterial(Lead, Contents.Material() with { Direction = Secret });
        _desk.CirculateMaterial(Lead);
        _desk.CommentOnMaterial(Li, Secret);
        return _desk;
    }

    [Fact]
    public void GroupStatus_ShowsCountsAndNames_NeverContent()
    {
        WithSecretsEverywhere();

        var status = GroupStatus.Build(_desk.Dossier, _desk.Template, Li, _desk.Now).Value;
        var readiness = GroupStatus.Readiness(_desk.Dossier, _desk.Template, Li, _desk.Now).Value;
        var coverage = GroupStatus.Coverage(_desk.Dossier, _desk.Template, Li).Value;

        foreach (var view in new object[] { status, readiness, coverage })
        {
            var json = StoredJson.Write(view, view.GetType());
            Assert.DoesNotContain(Secret, json, StringComparison.Ordinal);
        }

        Assert.Contains("张伟", status.Deliverables.Single(d => d.DeliverableId == "criticism-outline").BehindNames);
    }

    [Fact]
    public void GroupStatus_SaysWhenAndWhere_AndHowFarEachDeliverableIs()
    {
        _desk.Submit(Li, "study-check-in", Contents.Study());
        _desk.RecordTalk(Lead, Li);
        _desk.AnswerTalk(Li, Lead, confirm: true);

        var status = GroupStatus.Build(_desk.Dossier, _desk.Template, SupervisorWu, _desk.Now).Value;

        Assert.Equal((Theme, Place, SeedTeam.MeetingStart, "Asia/Shanghai"), (status.Theme, status.Place, status.LocalStart, status.TimeZoneId));
        Assert.False(status.Ready);
        Assert.Equal((1, 6), (status.Deliverables[0].Done, status.Deliverables[0].Total));
        Assert.Equal((18, 1), (status.TalksPlanned, status.TalksConfirmed));
        Assert.Equal(_desk.Template.Deliverables.Count, status.Deliverables.Count);
    }

    [Fact]
    public void EveryParticipantReadsStatus_OutsidersDoNot()
    {
        foreach (var actor in new[] { Secretary, Lead, Li, HeadZhao, SupervisorZheng })
        {
            Assert.True(GroupStatus.Build(_desk.Dossier, _desk.Template, actor, _desk.Now).IsSuccess);
        }

        Assert.Equal(FailureCodes.NotAParticipant, GroupStatus.Build(_desk.Dossier, _desk.Template, Outsider, _desk.Now).Failure!.Code);
        Assert.Equal(FailureCodes.OtherTenant, GroupStatus.Readiness(_desk.Dossier, _desk.Template, OtherTenantLead, _desk.Now).Failure!.Code);
        Assert.Equal(FailureCodes.NotAParticipant, GroupStatus.Coverage(_desk.Dossier, _desk.Template, Outsider).Failure!.Code);
    }

    [Fact]
    public void DocumentsOfAnotherMeeting_NeverLeakIntoThisOnesStatus()
    {
        var other = MeetingDesk.SeedMeeting();
        var foreign = other.Submit(Li, "study-check-in", Contents.Study()).Value with { MeetingId = "another-meeting" };
        var foreignTalk = other.RecordTalk(Lead, Li).Value with { MeetingId = "another-meeting" };

        var mixed = new Coordination.Meetings.MeetingDossier(_desk.Meeting, [foreign], [foreignTalk], null, []);

        Assert.Empty(mixed.Submissions);
        Assert.Empty(mixed.TalkRecords);
        Assert.Equal(0, GroupStatus.Build(mixed, _desk.Template, Li, _desk.Now).Value.Deliverables[0].Done);
        Assert.Equal(TalkProgress.Planned, TalkCoverage.Build(_desk.Meeting, _desk.Template, [foreignTalk]).Rows[0].Cells[1]);
    }
}
