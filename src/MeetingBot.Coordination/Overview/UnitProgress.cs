using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Overview;

/// <summary>
/// One unit's meeting as the superior committee sees it (各单位进度): what was reported upward and whether in time,
/// readiness gaps as names and counts, the held date, the special report's stage and rectification counts. It
/// holds no outline, talk note, self-examination text, minutes or evidence: nothing here is content.
/// </summary>
/// <param name="ReportedOn">When the date and theme were reported upward (上报), if they were.</param>
/// <param name="DaysAheadRequired">The template's days ahead for that report (null: the template asks none).</param>
/// <param name="ReportedInTime">Reported at least that many days ahead, for the date the meeting now has.</param>
/// <param name="Gaps">What keeps the meeting from being ready: who owes which item, in both languages.</param>
public sealed record UnitProgress(
    string Unit,
    string MeetingId,
    string Theme,
    DateTime LocalStart,
    string TimeZoneId,
    UnitStage Stage,
    DateOnly? ReportedOn,
    string? ReportedTheme,
    DateOnly? ReportedDate,
    int? DaysAheadRequired,
    bool ReportedInTime,
    IReadOnlyList<BilingualText> Gaps,
    DateTimeOffset? HeldAt,
    ReportStage Report,
    int TasksTotal,
    int TasksDone,
    int TasksOverdue)
{
    public IReadOnlyList<BilingualText> Gaps { get; init; } = Gaps ?? [];

    public DateOnly Date => DateOnly.FromDateTime(LocalStart);

    public DateOnly? HeldOn => HeldAt is { } held
        ? DateOnly.FromDateTime(WallClock.TryFindZone(TimeZoneId, out var zone) ? TimeZoneInfo.ConvertTime(held, zone).DateTime : held.UtcDateTime)
        : null;
}
