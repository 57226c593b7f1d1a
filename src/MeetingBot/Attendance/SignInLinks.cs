using MeetingBot.Coordination.Meetings;
using MeetingBot.Documents.Links;
using Microsoft.Extensions.Options;

namespace MeetingBot.Attendance;

/// <summary>
/// The sign-in links of a meeting at the service's public address: each participant's own, and the meeting's code.
/// Every link stops working at the end of the meeting day in the meeting's zone.
/// </summary>
public sealed class SignInLinks(SignInTokens tokens, IOptions<DocumentLinkOptions> options)
{
    public async Task<string> PersonalAsync(Meeting meeting, string userId) =>
        Url(SignInPage.Path + "/" + await tokens.IssueAsync(meeting.Id, userId, EndOfDay(meeting)));

    public async Task<string> MeetingCodeAsync(Meeting meeting) =>
        Url(SignInPage.MeetingPath + "/" + await tokens.IssueAsync(meeting.Id, SignInTokens.Everyone, EndOfDay(meeting)));

    public async Task<string> SheetAsync(Meeting meeting, string secretaryId) =>
        Url(SignInPage.SheetPath + "/" + await tokens.IssueAsync(meeting.Id, secretaryId, EndOfDay(meeting)));

    /// <summary>Midnight after the meeting day, local: a link given days before still works on the day, never after it.</summary>
    public static DateTimeOffset EndOfDay(Meeting meeting) =>
        WallClock.TryFindZone(meeting.TimeZoneId, out var zone)
            ? WallClock.ToInstant(meeting.LocalStart.Date.AddDays(1), zone)
            : meeting.StartsAt.AddDays(1);

    private string Url(string path) => options.Value.PublicBaseUrl.TrimEnd('/') + path;
}
