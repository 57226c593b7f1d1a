using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Coordination.MeetingRecords;

/// <summary>
/// Who of the team (the lead and the members) attended (signed in), who was excused and why, and who is absent
/// (neither): what the minutes and the run sheet say of attendance. A person excused who signs in after all attended.
/// </summary>
public sealed record AttendanceRoll(
    IReadOnlyList<(Participant Person, DateTimeOffset At)> Attended,
    IReadOnlyList<(Participant Person, string Reason)> Excused,
    IReadOnlyList<Participant> Absent)
{
    public int Expected => Attended.Count + Excused.Count + Absent.Count;

    public static AttendanceRoll Of(Meeting meeting, MeetingMinutes? minutes)
    {
        var team = meeting.Participants.Where(p => p.Holds(Role.Lead) || p.Holds(Role.Member)).ToList();
        var signIns = minutes?.SignIns ?? [];
        var excusals = minutes?.Excusals ?? [];
        var attended = signIns.Select(s => (Person: team.FirstOrDefault(p => p.UserId == s.UserId), s.At)).Where(a => a.Person is not null).Select(a => (a.Person!, a.At)).ToList();
        var excused = team.Where(p => signIns.All(s => s.UserId != p.UserId))
            .Select(p => (Person: p, Excusal: excusals.LastOrDefault(e => e.UserId == p.UserId)))
            .Where(e => e.Excusal is not null).Select(e => (e.Person, e.Excusal!.Reason)).ToList();
        var absent = team.Where(p => attended.All(a => a.Item1.UserId != p.UserId) && excused.All(e => e.Person.UserId != p.UserId)).ToList();
        return new AttendanceRoll(attended, excused, absent);
    }
}
