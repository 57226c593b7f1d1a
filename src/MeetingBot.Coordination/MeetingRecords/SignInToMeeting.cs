using System.Globalization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;

namespace MeetingBot.Coordination.MeetingRecords;

/// <summary>
/// A participant signs in (签到) on the meeting day, in the meeting's zone, once the meeting is confirmed. Who signs in
/// is the actor the link or the web sign-in named, never a typed name. Signing in twice keeps the first time.
/// </summary>
public sealed record SignInToMeeting(string Via)
{
    public Outcome<MeetingMinutes> Decide(Meeting meeting, MeetingMinutes? minutes, Actor actor, DateTimeOffset now)
    {
        var current = minutes ?? MeetingMinutes.New(meeting.Id);
        if ((Access.AsParticipant(meeting, actor) ?? Access.AfterConfirmation(meeting)) is { } refusal)
        {
            return refusal;
        }

        if (!WallClock.TryFindZone(meeting.TimeZoneId, out var zone) || DateOnly.FromDateTime(WallClock.ToLocal(now, zone)) != DateOnly.FromDateTime(meeting.LocalStart))
        {
            return Failure.Conflict(FailureCodes.SignInNotToday, ("date", meeting.LocalStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (current.SignIns.FirstOrDefault(s => s.UserId == actor.UserId) is { } earlier)
        {
            return Failure.Conflict(FailureCodes.AlreadySignedIn, ("time", WallClock.ToLocal(earlier.At, zone).ToString("HH:mm", CultureInfo.InvariantCulture)));
        }

        return (current with { SignIns = [.. current.SignIns, new SignInRecord(actor.UserId, now, Via)] }).Changed(actor, now, AuditActions.SignedIn, Via);
    }
}
