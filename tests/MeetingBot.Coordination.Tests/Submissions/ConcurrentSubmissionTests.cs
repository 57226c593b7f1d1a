using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Tests.Fixtures;

namespace MeetingBot.Coordination.Tests.Submissions;

/// <summary>Thirty members submitting in the same second all succeed: each writes his own document, none the meeting's.</summary>
public sealed class ConcurrentSubmissionTests
{
    [Fact]
    public void ThirtyMembersSubmittingAgainstTheSameRead_EachWritesHisOwnDocument_AndAllThirtyCount()
    {
        var clock = TestClock.Create();
        var members = Enumerable.Range(1, 29).Select(i => new Person($"m{i:00}", $"成员{i}")).ToList();
        var meeting = (SeedTeam.Create() with { Members = members, DepartmentHeads = [] }).Decide(SeedTemplates.DemocraticLifeMeeting, SeedTeam.Secretary, clock.GetUtcNow()).Value;
        var actors = meeting.Members.Select(m => new Actor(m.UserId, m.Name, SeedTeam.Tenant)).ToList();

        // Every member decides against the same meeting document, read once; none has a submission yet (version 0).
        var submissions = actors
            .Select(actor => new Submit(0, "study-check-in", null, Contents.Study()).Decide(meeting, SeedTemplates.DemocraticLifeMeeting, null, actor, clock.GetUtcNow()))
            .ToList();

        // Written out by hand: one document per author under the meeting (the lead is a member too), none shared,
        // so thirty writers at once meet no conflict (the concurrent writes themselves, through the turn pipeline:
        // the chat front's ConcurrentSubmissionTests).
        string[] expected =
        [
            $"meetings/{meeting.Id}/submissions/study-check-in/lead-chi",
            .. Enumerable.Range(1, 29).Select(i => $"meetings/{meeting.Id}/submissions/study-check-in/m{i:00}"),
        ];
        Assert.All(submissions, s => Assert.True(s.IsSuccess));
        Assert.Equal(expected.Order(StringComparer.Ordinal), submissions.Select(s => s.Value.Id.ToString()).Order(StringComparer.Ordinal));
        var dossier = new MeetingDossier(meeting, [.. submissions.Select(s => s.Value)], [], null, []);
        var study = Coordination.Readiness.ReadinessAssessment.Assess(dossier, SeedTemplates.DemocraticLifeMeeting, clock.GetUtcNow())
            .Deliverables.Single(d => d.DeliverableId == "study-check-in");
        Assert.Equal((30, 30), (study.Done, study.Total));
    }

    [Fact]
    public void TwoWritesOfTheSameDocument_OneGetsAConflict_AndTheRetryAppliesOnTheNewVersion()
    {
        var desk = MeetingDesk.SeedMeeting();
        var read = desk.SaveDraft(SeedTeam.Li, "problem-list", Contents.Problems()).Value;

        var first = new SaveDraft(read.Version, "problem-list", null, Contents.Problems()).Decide(desk.Meeting, desk.Template, read, SeedTeam.Li, desk.Now).Value;
        var second = new Submit(read.Version, "problem-list", null, Contents.Problems()).Decide(desk.Meeting, desk.Template, first, SeedTeam.Li, desk.Now);
        Assert.Equal(Coordination.Outcomes.FailureCodes.StaleVersion, second.Failure!.Code);

        var retried = new Submit(first.Version, "problem-list", null, Contents.Problems()).Decide(desk.Meeting, desk.Template, first, SeedTeam.Li, desk.Now);
        Assert.True(retried.IsSuccess);
        Assert.Equal(3, retried.Value.Version);
    }
}
