using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Meetings;

/// <summary>改地点: another room, the same time — unlike a reschedule, nothing else moves.</summary>
public sealed class ChangePlaceTests
{
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    private Outcome<Meeting> Change(Actor actor, string place, long? version = null) =>
        _desk.Change(m => new ChangePlace(version ?? m.Version, place).Decide(m, actor, _desk.Now));

    [Fact]
    public void BySecretary_MovesThePlaceOnly_AndIsAudited()
    {
        var before = _desk.Meeting;

        var meeting = Change(Secretary, "  镇政府三楼会议室 ").Value;

        Assert.Equal("镇政府三楼会议室", meeting.Place);
        Assert.Equal((before.StartsAt, before.Status), (meeting.StartsAt, meeting.Status));
        Assert.Equal(before.Deadlines, meeting.Deadlines);
        Assert.Equal((2L, Secretary.UserId, AuditActions.PlaceChanged), (meeting.Audit[^1].Version, meeting.Audit[^1].ActorId, meeting.Audit[^1].Action));
        Assert.EndsWith("-> 镇政府三楼会议室", meeting.Audit[^1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void AnyoneElse_AnEmptyPlace_OrAStaleVersion_IsRefused()
    {
        foreach (var actor in new[] { Lead, Li, HeadZhao, SupervisorWu })
        {
            Assert.Equal(FailureCodes.SecretaryOnly, Change(actor, "第二会议室").Failure!.Code);
        }

        Assert.Equal(FailureCodes.PlaceRequired, Change(Secretary, "  ").Failure!.Code);
        Assert.Equal(FailureKind.Conflict, Change(Secretary, "第二会议室", version: 0).Failure!.Kind);
        Assert.Equal(1, _desk.Meeting.Version);
    }
}
