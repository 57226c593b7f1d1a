using MeetingBot.BotFramework.Proactive;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reminders;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Tests.Reminders;

/// <summary>
/// A meeting of the seed's template starting a day after <c>noticeAt</c>, so its meeting-day notice (one day before,
/// at the meeting's own local time, to every participant) fires at that instant. The time zone is chosen so the
/// instant is mid-day there, out of the quiet hours. The place is unique: only the notice names it, so a fake
/// channel can tell the notice's sends from any other reminder's.
/// </summary>
public sealed class NoticeMeeting
{
    public const string ChannelId = "msteams";

    private NoticeMeeting(Meeting meeting, PlannedReminder notice)
    {
        Meeting = meeting;
        Notice = notice;
    }

    public Meeting Meeting { get; }

    public PlannedReminder Notice { get; }

    public string Place => Meeting.Place;

    public IEnumerable<string> Recipients => Meeting.Participants.Select(p => p.UserId);

    public static NoticeMeeting Create(ProcessTemplate template, string meetingId, DateTimeOffset noticeAt, int members)
    {
        noticeAt = new DateTimeOffset(noticeAt.UtcTicks - (noticeAt.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        var (zoneId, offset) = DaytimeZone(noticeAt);
        var localStart = DateTime.SpecifyKind((noticeAt + offset).DateTime.AddDays(1), DateTimeKind.Unspecified);
        var secretary = new Actor($"{meetingId}-sec", "秘书", "channel:" + ChannelId);
        var people = Enumerable.Range(1, members).Select(i => new Person($"{meetingId}-p{i:D3}", $"成员{i}")).ToList();
        var create = new CreateMeeting(meetingId, "专题民主生活会", localStart, $"会议室-{meetingId}", zoneId, people[0], people[1..], [], []);
        var meeting = create.Decide(template, secretary, noticeAt - TimeSpan.FromMinutes(5));
        Assert.True(meeting.IsSuccess, meeting.ToString());
        var notice = ReminderPlan.For(meeting.Value, template).Single(r => r.Kind == ReminderKind.MeetingDay && r.Occurrence == 1);
        Assert.Equal(noticeAt, notice.FireAt);
        return new NoticeMeeting(meeting.Value, notice);
    }

    /// <summary>The 1:1 chat each participant has with the bot, on <paramref name="serviceUrl"/>.</summary>
    public IEnumerable<ConversationReference> PersonalChats(string serviceUrl) => Meeting.Participants.Select(p => new ConversationReference
    {
        ChannelId = ChannelId,
        ServiceUrl = serviceUrl,
        User = new ChannelAccount(p.UserId, p.Name),
        Bot = new ChannelAccount("bot-1", "MeetingBot"),
        Conversation = new ConversationAccount(PersonalConversationOf(p.UserId), conversationType: "personal"),
        Locale = "zh-CN",
    });

    public static string PersonalConversationOf(string userId) => $"a:{userId}";

    public async Task SavePersonalChatsAsync(ConversationReferenceStore references, string serviceUrl)
    {
        foreach (var reference in PersonalChats(serviceUrl))
        {
            await references.SaveAsync(reference, serviceUrlVerified: false, CancellationToken.None);
        }
    }

    /// <summary>A fixed-offset zone (Etc/GMT±h) where the instant falls between 10:00 and 17:00, away from the quiet hours.</summary>
    private static (string ZoneId, TimeSpan Offset) DaytimeZone(DateTimeOffset instant)
    {
        for (var hours = -12; hours <= 14; hours++)
        {
            var local = instant.UtcDateTime.AddHours(hours);
            if (local.Hour is >= 10 and < 17)
            {
                // Etc/GMT signs are inverted: Etc/GMT-8 is eight hours ahead of UTC.
                var zone = hours switch { 0 => "Etc/UTC", > 0 => $"Etc/GMT-{hours}", _ => $"Etc/GMT+{-hours}" };
                return (zone, TimeSpan.FromHours(hours));
            }
        }

        throw new InvalidOperationException("Some fixed offset always has mid-day.");
    }
}
