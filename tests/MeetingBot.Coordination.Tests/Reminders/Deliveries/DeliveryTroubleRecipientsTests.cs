using MeetingBot.Coordination.Reminders.Deliveries;
using MeetingBot.Coordination.Tests.Fixtures;

namespace MeetingBot.Coordination.Tests.Reminders.Deliveries;

public sealed class DeliveryTroubleRecipientsTests
{
    [Fact]
    public void TroubleWithReminders_IsToldToTheSecretary_NotToTheLeadOrMembers()
    {
        // The seed meeting: 王秘书 keeps it; the lead and the members are never told about each other's reachability.
        var meeting = MeetingDesk.SeedMeeting().Meeting;

        var told = DeliveryTroubleRecipients.Of(meeting).Select(p => p.UserId).ToList();

        Assert.Equal(new[] { "sec-wang" }, told);
    }
}
