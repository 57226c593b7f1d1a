using System.Globalization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reminders;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Reminders;

public sealed class ReminderPlanTests
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    private IReadOnlyList<PlannedReminder> Plan => ReminderPlan.For(_desk.Meeting, _desk.Template);

    private static DateTimeOffset Local(int month, int day, int hour) => new(2014, month, day, hour, 0, 0, Shanghai);

    [Fact]
    public void SeedDefaults_ForOneDeliverable_AreExactlyTheExpectedReminders()
    {
        // study-check-in is due -20d 18:00: 25 June 2014, 18:00 in Shanghai.
        var expected = new[]
        {
            (ReminderKind.BeforeDeadline, 3, Local(6, 22, 18)),
            (ReminderKind.BeforeDeadline, 1, Local(6, 24, 18)),
            (ReminderKind.OnDeadlineDay, 0, Local(6, 25, 9)),
            (ReminderKind.Overdue, 1, Local(6, 26, 9)),
            (ReminderKind.Overdue, 2, Local(6, 27, 9)),
            (ReminderKind.Escalation, 2, Local(6, 27, 18)),
            (ReminderKind.Overdue, 3, Local(6, 28, 9)),
            (ReminderKind.Overdue, 4, Local(6, 29, 9)),
            (ReminderKind.Overdue, 5, Local(6, 30, 9)),
        };

        var actual = Plan.Where(r => r.DeliverableId == "study-check-in").Select(r => (r.Kind, r.Occurrence, r.FireAt)).ToArray();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Keys_AreDeterministicFromMeetingKindDeliverableAndOccurrence()
    {
        Assert.Contains(Plan, r => r.Key == "meetings/dlm-2014-07/reminders/before-deadline/study-check-in/3");
        Assert.Contains(Plan, r => r.Key == "meetings/dlm-2014-07/reminders/overdue/study-check-in/5");
        Assert.Contains(Plan, r => r.Key == "meetings/dlm-2014-07/reminders/meeting-day/meeting/0");
        Assert.Equal(Plan.Count, Plan.Select(r => r.Key).Distinct().Count());
    }

    [Fact]
    public void Overdue_StopsAtTheTemplatesMaximum()
    {
        var overdue = Plan.Where(r => r.DeliverableId == "problem-list" && r.Kind == ReminderKind.Overdue).ToList();

        Assert.Equal([1, 2, 3, 4, 5], overdue.Select(r => r.Occurrence));
        // Due 29 June 18:00: the fifth and last push is on 4 July.
        Assert.Equal(Local(7, 4, 9), overdue[^1].FireAt);
    }

    [Fact]
    public void Overdue_AndEscalation_StopWhenTheMeetingStarts()
    {
        // Attendance is due 13 July 18:00; the meeting starts 15 July 09:00, so only the 14 July push is left.
        var late = Plan.Where(r => r.DeliverableId == "attendance-confirmation" && r.Kind is ReminderKind.Overdue or ReminderKind.Escalation).ToList();

        Assert.Equal([(ReminderKind.Overdue, Local(7, 14, 9))], late.Select(r => (r.Kind, r.FireAt)));
    }

    [Fact]
    public void DeliverableOwnDaysBefore_ReplaceTheDefaults()
    {
        var before = Plan.Where(r => r.DeliverableId == "report-upward" && r.Kind == ReminderKind.BeforeDeadline).Select(r => r.Occurrence).Order();

        Assert.Equal([1, 2, 5], before);
    }

    [Fact]
    public void MeetingNotice_TheDayBeforeAtTheMeetingsTime_AndOnTheDayAt0800()
    {
        var notices = Plan.Where(r => r.Kind == ReminderKind.MeetingDay).Select(r => (r.Occurrence, r.FireAt, r.DeliverableId));

        Assert.Equal([(1, Local(7, 14, 9), (string?)null), (0, Local(7, 15, 8), null)], notices);
    }

    [Fact]
    public void QuietHours_DeferA2300PushTo0800TheNextDay()
    {
        var template = WithDeadline(SeedTemplates.DemocraticLifeMeeting, "study-check-in", new DeadlineOffset(-20, new TimeOnly(23, 0)));
        var meeting = Create().Decide(template, Secretary, _desk.Now).Value;

        var dayBefore = ReminderPlan.For(meeting, template).Single(r => r.DeliverableId == "study-check-in" && r.Kind == ReminderKind.BeforeDeadline && r.Occurrence == 1);

        // Due 25 June 23:00; one day before is 24 June 23:00, inside 22:00–08:00.
        Assert.Equal(Local(6, 25, 8), dayBefore.FireAt);
    }

    [Theory]
    [InlineData("2014-06-24 23:00", "2014-06-25 08:00")]
    [InlineData("2014-06-24 22:00", "2014-06-25 08:00")]
    [InlineData("2014-06-24 02:00", "2014-06-24 08:00")]
    [InlineData("2014-06-24 07:59", "2014-06-24 08:00")]
    [InlineData("2014-06-24 08:00", "2014-06-24 08:00")]
    [InlineData("2014-06-24 21:59", "2014-06-24 21:59")]
    public void QuietHoursDeferral_MovesToTheMorningEnd(string local, string expected)
    {
        var deferred = QuietHoursDeferral.Defer(DateTime.Parse(local, CultureInfo.InvariantCulture), QuietHours.Default);

        Assert.Equal(DateTime.Parse(expected, CultureInfo.InvariantCulture), deferred);
    }

    [Fact]
    public void Dst_NewYorkAcrossTheMarchChange_KeepsLocal0900OnBothSides()
    {
        var meeting = (Create() with { LocalStart = new DateTime(2015, 3, 20, 9, 0, 0), TimeZoneId = "America/New_York" })
            .Decide(_desk.Template, Secretary, new DateTimeOffset(2015, 1, 5, 9, 0, 0, TimeSpan.Zero)).Value;
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

        // problem-list is due 4 March 18:00 EST; its overdue pushes run 5–9 March, over the change on 8 March.
        var overdue = ReminderPlan.For(meeting, _desk.Template).Where(r => r.DeliverableId == "problem-list" && r.Kind == ReminderKind.Overdue).ToList();

        Assert.Equal(5, overdue.Count);
        Assert.All(overdue, r => Assert.Equal(new TimeSpan(9, 0, 0), TimeZoneInfo.ConvertTime(r.FireAt, zone).TimeOfDay));
        Assert.Equal(TimeSpan.FromHours(14), overdue[0].FireAt.UtcDateTime.TimeOfDay);
        Assert.Equal(TimeSpan.FromHours(13), overdue[^1].FireAt.UtcDateTime.TimeOfDay);
    }

    [Fact]
    public void Reschedule_MovesEveryFireTime_ButKeepsTheKeys()
    {
        var before = Plan;
        var moved = _desk.Change(m => new RescheduleMeeting(m.Version, MeetingStart.AddDays(7), null, null).Decide(m, _desk.Template, Secretary, _desk.Now));
        Assert.True(moved.IsSuccess);

        var after = Plan;

        Assert.Equal(before.Select(r => r.Key).Order(StringComparer.Ordinal), after.Select(r => r.Key).Order(StringComparer.Ordinal));
        var old = before.ToDictionary(r => r.Key);
        Assert.All(after, r => Assert.Equal(old[r.Key].FireAt.AddDays(7), r.FireAt));
    }

    [Fact]
    public void AnotherTemplate_UsesItsOwnPolicies_ZoneAndNotice()
    {
        var template = SeedTemplates.ProjectRetrospective;
        var meeting = (Create() with { LocalStart = new DateTime(2014, 7, 15, 14, 0, 0) }).Decide(template, Secretary, _desk.Now).Value;

        var plan = ReminderPlan.For(meeting, template);

        // Europe/London in summer is UTC+1; attendance sets no overdue pushes and the template escalates nobody.
        Assert.Equal([(0, new DateTimeOffset(2014, 7, 15, 9, 0, 0, TimeSpan.FromHours(1)))], plan.Where(r => r.Kind == ReminderKind.MeetingDay).Select(r => (r.Occurrence, r.FireAt)));
        Assert.DoesNotContain(plan, r => r.DeliverableId == "attendance" && r.Kind == ReminderKind.Overdue);
        Assert.DoesNotContain(plan, r => r.Kind == ReminderKind.Escalation);
        Assert.Contains(plan, r => r.Kind == ReminderKind.Overdue && r.Occurrence == 2);
        Assert.DoesNotContain(plan, r => r.Kind == ReminderKind.Overdue && r.Occurrence == 3);
    }

    [Fact]
    public void NoticeAtOrAfterTheStart_IsNotPlanned()
    {
        // The seed team's meeting starts 09:00 local; the retrospective's on-day notice is also at 09:00.
        var meeting = Create().Decide(SeedTemplates.ProjectRetrospective, Secretary, _desk.Now).Value;

        Assert.DoesNotContain(ReminderPlan.For(meeting, SeedTemplates.ProjectRetrospective), r => r.Kind == ReminderKind.MeetingDay);
    }

    [Fact]
    public void CancelledMeeting_PlansNothing()
    {
        Assert.True(_desk.Change(m => new CancelMeeting(m.Version, "postponed").Decide(m, Secretary, _desk.Now)).IsSuccess);

        Assert.Empty(Plan);
    }

    [Fact]
    public void PastReminders_AreKept_AndDueSelectsThoseInTheWindow()
    {
        var now = Local(6, 26, 9).AddMinutes(30);

        var due = ReminderPlan.Due(Plan, now, TimeSpan.FromHours(1));

        Assert.Equal(["meetings/dlm-2014-07/reminders/overdue/study-check-in/1"], due.Select(r => r.Key));
    }

    private static ProcessTemplate WithDeadline(ProcessTemplate template, string deliverableId, DeadlineOffset offset) =>
        template with
        {
            Deliverables = [.. template.Deliverables.Select(d => d.Id == deliverableId ? d with { Deadline = offset } : d)],
        };
}
