using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Meetings;

public sealed class CreateMeetingTests
{
    private static readonly DateTimeOffset Now = TestClock.Start;

    private static Meeting CreateSeed() => SeedTeam.Create().Decide(SeedTemplates.DemocraticLifeMeeting, Secretary, Now).Value;

    [Fact]
    public void SecretaryCreatesTheMeeting_FromTheTemplate_AndBecomesItsSecretary()
    {
        var meeting = CreateSeed();

        Assert.Equal("democratic-life-meeting", meeting.TemplateId);
        Assert.Equal(1, meeting.TemplateVersion);
        Assert.Equal(Theme, meeting.Theme);
        Assert.Equal(Place, meeting.Place);
        Assert.Equal(Tenant, meeting.TenantId);
        Assert.True(meeting.Holds(Secretary.UserId, Role.Secretary));
        Assert.Equal(MeetingStatus.Preparing, meeting.Status);
        Assert.Equal(1, meeting.Version);
    }

    [Fact]
    public void TimeZone_DefaultsToTheTemplates_AsiaShanghai()
    {
        var meeting = CreateSeed();

        Assert.Equal("Asia/Shanghai", meeting.TimeZoneId);
        Assert.Equal(new DateTimeOffset(2014, 7, 15, 9, 0, 0, TimeSpan.FromHours(8)), meeting.StartsAt);
    }

    [Fact]
    public void TheLead_IsAlsoAMember()
    {
        var meeting = CreateSeed();

        Assert.True(meeting.Holds(Lead.UserId, Role.Lead));
        Assert.True(meeting.Holds(Lead.UserId, Role.Member));
        Assert.Equal(Members.Select(m => m.UserId), meeting.Members.Select(m => m.UserId));
    }

    [Fact]
    public void Roster_HoldsDepartmentHeadsUnderTheMembersWhoOverseeThem_AndSupervisors()
    {
        var meeting = CreateSeed();

        Assert.Equal([HeadZhao.UserId], meeting.Find(Li.UserId)!.OverseenDepartmentHeads);
        Assert.Equal("纪检监察室", meeting.Find(HeadZhao.UserId)!.Department);
        Assert.Equal([SupervisorWu.UserId, SupervisorZheng.UserId], meeting.With(Role.Supervisor).Select(p => p.UserId));
        Assert.Equal(3, meeting.With(Role.DepartmentHead).Count());
        Assert.Equal(1 + 6 + 3 + 2, meeting.Participants.Count);
    }

    [Fact]
    public void APersonNamedTwice_IsOneParticipantHoldingBothRoles()
    {
        var command = SeedTeam.Create() with { Supervisors = [P(SupervisorWu), P(Li)] };

        var meeting = command.Decide(SeedTemplates.DemocraticLifeMeeting, Secretary, Now).Value;

        Assert.Equal([Role.Member, Role.Supervisor], meeting.Find(Li.UserId)!.Roles);
    }

    [Fact]
    public void EveryDeliverable_GetsItsDeadline_FromTheTemplateOffsets()
    {
        var meeting = CreateSeed();
        var cst = TimeSpan.FromHours(8);

        Assert.Equal(SeedTemplates.DemocraticLifeMeeting.Deliverables.Count, meeting.Deadlines.Count);
        Assert.Equal(new DateTimeOffset(2014, 6, 25, 18, 0, 0, cst), meeting.DeadlineOf("study-check-in")!.Due);
        Assert.Equal(new DateTimeOffset(2014, 7, 5, 18, 0, 0, cst), meeting.DeadlineOf("report-upward")!.Due);
        Assert.Equal(new DateTimeOffset(2014, 7, 10, 18, 0, 0, cst), meeting.DeadlineOf("criticism-outline")!.Due);
        Assert.Equal(new DateTime(2014, 7, 13, 18, 0, 0), meeting.DeadlineOf("attendance-confirmation")!.LocalDue);
        Assert.All(meeting.Deadlines, d => Assert.True(d.Due < meeting.StartsAt));
    }

    [Fact]
    public void Creation_IsTheFirstAuditEntry()
    {
        var entry = Assert.Single(CreateSeed().Audit);

        Assert.Equal(new AuditEntry(1, Now, Secretary.UserId, AuditActions.MeetingCreated, "meetings/dlm-2014-07/meeting", "democratic-life-meeting@1"), entry);
    }

    public static TheoryData<CreateMeeting, string> InvalidSetups => new()
    {
        { SeedTeam.Create() with { Theme = " " }, FailureCodes.ThemeRequired },
        { SeedTeam.Create() with { Place = "" }, FailureCodes.PlaceRequired },
        { SeedTeam.Create() with { TimeZoneId = "Asia/Atlantis" }, FailureCodes.UnknownTimeZone },
        { SeedTeam.Create() with { LocalStart = new DateTime(2014, 6, 1, 9, 0, 0) }, FailureCodes.StartInThePast },
        { SeedTeam.Create() with { Members = [], DepartmentHeads = [] }, FailureCodes.TooFewMembers },
        { SeedTeam.Create() with { DepartmentHeads = [new DepartmentHeadAssignment(P(HeadSun), P(HeadZhao), null)] }, FailureCodes.NotAMember },
    };

    [Theory]
    [MemberData(nameof(InvalidSetups))]
    public void InvalidSetup_IsRefusedWithACode(CreateMeeting command, string code)
    {
        var outcome = command.Decide(SeedTemplates.DemocraticLifeMeeting, Secretary, Now);

        Assert.False(outcome.IsSuccess);
        Assert.Equal(FailureKind.Invalid, outcome.Failure.Kind);
        Assert.Equal(code, outcome.Failure.Code);
    }

    [Fact]
    public void AnOverseerWhoIsNoMember_IsNamed_NotShownByHisId()
    {
        var command = SeedTeam.Create() with { DepartmentHeads = [new DepartmentHeadAssignment(P(HeadSun), P(HeadZhao), null)] };

        var refusal = command.Decide(SeedTemplates.DemocraticLifeMeeting, Secretary, Now).Failure!;

        Assert.Equal($"{HeadSun.Name}不是班子成员。", FailureTexts.For(refusal).ZhCn);
    }

    [Fact]
    public void AnotherTimeZone_CanBeChosen()
    {
        var meeting = (SeedTeam.Create() with { TimeZoneId = "Europe/Berlin" }).Decide(SeedTemplates.DemocraticLifeMeeting, Secretary, Now).Value;

        Assert.Equal(new DateTimeOffset(2014, 7, 15, 9, 0, 0, TimeSpan.FromHours(2)), meeting.StartsAt);
    }
}
