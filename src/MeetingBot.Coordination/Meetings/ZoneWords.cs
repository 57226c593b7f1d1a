using System.Globalization;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Meetings;

/// <summary>
/// How a meeting's time zone is named beside a time. Chinese readers get words, never a zone id: 北京时间 for the
/// zones that keep Beijing time, otherwise 当地时间 and how far it is from Beijing time (a county office abroad is
/// rare, and a zone id like Europe/London means nothing to them). English readers get the IANA id.
/// </summary>
public static class ZoneWords
{
    private static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);

    // The mainland's IANA ids and their old aliases all keep Beijing time.
    private static readonly HashSet<string> Beijing = new(StringComparer.OrdinalIgnoreCase)
    {
        "Asia/Shanghai", "Asia/Chongqing", "Asia/Chungking", "Asia/Harbin", "PRC", "China Standard Time",
    };

    /// <summary>The zone's name as shown with <paramref name="local"/>, a wall-clock time of that zone.</summary>
    public static BilingualText For(string? timeZoneId, DateTime local)
    {
        var id = string.IsNullOrWhiteSpace(timeZoneId) ? "UTC" : timeZoneId;
        if (Beijing.Contains(id))
        {
            return new BilingualText("北京时间", id);
        }

        var offset = WallClock.TryFindZone(timeZoneId, out var zone) ? zone.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)) : TimeSpan.Zero;
        var difference = offset - BeijingOffset;
        if (difference == TimeSpan.Zero)
        {
            return new BilingualText("北京时间", id);
        }

        var hours = Math.Abs(difference.TotalHours).ToString("0.##", CultureInfo.InvariantCulture);
        return new BilingualText($"当地时间，比北京时间{(difference > TimeSpan.Zero ? "快" : "慢")}{hours}小时", id);
    }

    /// <summary>The zone's name for a time now unknown (a heading above several times): as at the meeting's start.</summary>
    public static BilingualText For(Meeting meeting) => For(meeting.TimeZoneId, meeting.LocalStart);
}
