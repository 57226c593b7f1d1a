using MeetingBot.BotFramework.Storage;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Chat.Meetings.Submissions;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Chat.Meetings.Reporting;

/// <summary>
/// Where the special report's scenarios start: the seeded meeting held yesterday with a supervisor (督导组) on its roster,
/// and a line said in a chosen language.
/// </summary>
internal static class ReportingScenario
{
    /// <summary>
    /// The seeded meeting moved to yesterday (its local date is returned) and marked held, with a supervisor added
    /// (SeededMeeting has none), written with the stored ETag as any update is.
    /// </summary>
    public static async Task<(string Supervisor, DateOnly HeldOn)> HeldWithSupervisorAsync(SeededMeeting seeded)
    {
        var supervisor = seeded.Prefix + "-sup";
        var key = DocumentKeys.Of(DocumentId.Meeting(seeded.Meeting.Id));
        var stored = (await seeded.Storage.ReadAsync<Meeting>(key))!;
        var start = DateTime.UtcNow.Date.AddDays(-1).AddHours(1);
        var meeting = stored.Value with
        {
            LocalStart = start,
            StartsAt = new DateTimeOffset(start, TimeSpan.Zero) - TimeZoneInfo.FindSystemTimeZoneById(stored.Value.TimeZoneId).GetUtcOffset(start),
            Status = MeetingStatus.Reporting,
            Participants = [.. stored.Value.Participants, new Participant(supervisor, "督导甲", [Role.Supervisor], [], null)],
        };
        await seeded.Storage.WriteAsync(key, meeting, WriteCondition.IfMatch(stored.ETag));
        await seeded.Factory.Services.GetRequiredService<MeetingDirectory>().AddToPersonAsync(SeededMeeting.Channel, supervisor, meeting.Id, CancellationToken.None);
        await People.TestDirectory.WebChatPersonAsync(seeded.Factory.Services, supervisor, "督导甲");
        return (supervisor, DateOnly.FromDateTime(start));
    }

    /// <summary>Says <paramref name="text"/> 1:1 as <paramref name="userId"/> in <paramref name="locale"/>; the replies' texts.</summary>
    public static async Task<List<string>> SayAsync(SeededMeeting seeded, HttpClient client, string userId, string text, string locale)
    {
        var message = seeded.Message(userId, text);
        message["locale"] = locale;
        return await SeededMeeting.SendAsync(client, message);
    }
}
