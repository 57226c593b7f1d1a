using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Readiness;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Talks;
using MeetingBot.Coordination.Tests.Fixtures;

namespace MeetingBot.Coordination.Tests.Scenarios;

/// <summary>
/// The same engine runs a project retrospective in English: notes, issues, one-to-ones, a summary, a quorum; the
/// notes reviewed by the facilitator and his own (and his summary) by a stakeholder.
/// </summary>
public sealed class ProjectRetrospectiveScenarioTests
{
    private const string Tenant = "tenant-acme";
    private static readonly Actor Organiser = new("u-olivia", "Olivia", Tenant);
    private static readonly Actor Facilitator = new("u-frank", "Frank", Tenant);
    private static readonly Actor[] Team = [new("u-amy", "Amy", Tenant), new("u-ben", "Ben", Tenant), new("u-cara", "Cara", Tenant)];
    private static readonly Actor Stakeholder = new("u-sam", "Sam", Tenant);

    [Fact]
    public void ARetrospective_IsPreparedAndConfirmed_WithoutOutlinesOrAReportUpward_ReviewedOverTwoLevels()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero));
        var template = SeedTemplates.ProjectRetrospective;
        var created = new CreateMeeting("retro-q1", "Q1 release retrospective", new DateTime(2025, 3, 31, 14, 0, 0), "Room 4", null,
            new Person(Facilitator.UserId, Facilitator.Name), [.. Team.Select(t => new Person(t.UserId, t.Name))], [], [new Person(Stakeholder.UserId, Stakeholder.Name)])
            .Decide(template, Organiser, clock.GetUtcNow());
        var desk = new MeetingDesk(template, created.Value, clock);

        // London moves to summer time on 30 March: the day-before deadline is on GMT, the meeting on BST.
        Assert.Equal(TimeSpan.FromHours(1), desk.Meeting.StartsAt.Offset);
        Assert.Equal(new DateTimeOffset(2025, 3, 30, 12, 0, 0, TimeSpan.FromHours(1)), desk.Meeting.DeadlineOf("facilitator-summary")!.Due);
        Assert.Equal(new DateTimeOffset(2025, 3, 29, 18, 0, 0, TimeSpan.Zero), desk.Meeting.DeadlineOf("retro-notes")!.Due);

        Assert.Equal(FailureKind.NotReady, desk.Confirm(Organiser).Failure!.Kind);

        foreach (var member in Team.Append(Facilitator))
        {
            Assert.True(desk.Submit(member, "pre-read", new StudyCheckIn(["Release timeline", "Incident report"], null)).IsSuccess);
            Assert.True(desk.Submit(member, "retro-notes", new Notes([new NoteSection("Went well", ["Daily deploys"]), new NoteSection("To change", ["Flaky tests"])])).IsSuccess);
            Assert.True(desk.Submit(member, "issue-list", new ProblemList([new ProblemItem("tooling", "Test suite is flaky", "Nine reruns in the last sprint", "metrics", ProblemAcknowledgement.Acknowledged, null)])).IsSuccess);
            Assert.True(desk.Submit(member, "attendance", member == Team[2] ? new AttendanceConfirmation(false, "On leave") : new AttendanceConfirmation(true, null)).IsSuccess);
        }

        // The team's notes are the facilitator's to approve; his own are a stakeholder's, never his.
        foreach (var member in Team)
        {
            Assert.True(desk.Approve(Facilitator, "retro-notes", member).IsSuccess);
        }

        Assert.Equal(FailureCodes.OwnItemReviewedByOthers, desk.Approve(Facilitator, "retro-notes", Facilitator).Failure!.Code);
        Assert.True(desk.Approve(Stakeholder, "retro-notes", Facilitator).IsSuccess);

        // This process has no criticism outlines at all.
        Assert.Equal(FailureCodes.DeliverableNotFound, desk.Submit(Team[0], "criticism-outline", Contents.GoodOutline(), Team[1]).Failure!.Code);
        foreach (var talk in TalkPlan.For(desk.Meeting, template).Talks)
        {
            var member = Team.Single(t => talk.Pair.Includes(t.UserId));
            Assert.True(desk.RecordTalk(member, Facilitator).IsSuccess);
        }

        var summary = new ExaminationMaterial(
            [new ExaminedProblem("tooling", "Flaky end-to-end tests slowed every release", "Nine reruns in sprint 14")],
            "No owner for test health", "Treat test health as product work", ["Quarantine flaky tests within a day", "Rotate a test-health owner"], null);
        Assert.True(desk.DraftMaterial(Facilitator, summary).IsSuccess);
        Assert.True(desk.CirculateMaterial(Facilitator).IsSuccess);
        foreach (var member in Team)
        {
            Assert.True(desk.CommentOnMaterial(member, null).IsSuccess);
        }

        // 'finalise' sends the summary to the stakeholder, whose approval makes it final.
        Assert.Equal(Coordination.CollectiveMaterials.MaterialState.UnderReview, desk.FinaliseMaterial(Facilitator).Value.State);
        Assert.False(desk.Readiness().IsReady);
        Assert.True(desk.ApproveMaterial(Stakeholder).IsSuccess);

        var readiness = desk.Readiness();
        Assert.True(readiness.IsReady, string.Join("\n", readiness.Gaps.Select(g => g.Text.En)));
        Assert.Equal(new AttendanceSummary(4, 3, 1, 0, 3, "3/4"), readiness.Attendance);
        Assert.Null(readiness.ReportUpwardLatestDate);
        Assert.True(desk.Confirm(Organiser).IsSuccess);
    }
}
