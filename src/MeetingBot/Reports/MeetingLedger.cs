using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Rectification;
using MeetingBot.Coordination.Talks;
using MeetingBot.Coordination.Templates;
using MeetingBot.Localization;
using MeetingBot.Reports.Rendering;

namespace MeetingBot.Reports;

/// <summary>
/// Maps a meeting's dossier onto the ledger (台账) workbook, pure: the participants with their roles; the talk
/// matrix (the date each planned pair's talk was held, as last recorded, or "not recorded"); every handed-in version of every deliverable
/// with its review decision — never its content; and the rectification list with each task's status. Times are the
/// meeting's wall clock (Excel has no time zones).
/// </summary>
public static class MeetingLedger
{
    public static LedgerWorkbook For(MeetingDossier dossier, ProcessTemplate template, UserLocale locale, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(template);
        var meeting = dossier.Meeting;
        if (!WallClock.TryFindZone(meeting.TimeZoneId, out var zone))
        {
            throw new InvalidOperationException($"Meeting {meeting.Id} has an unknown time zone '{meeting.TimeZoneId}'.");
        }

        return new LedgerWorkbook(
            [Participants(meeting, locale), Talks(dossier, template, locale), Deliverables(dossier, template, locale, zone), Rectification(dossier, locale, now, zone)],
            LedgerTexts.Title.In(locale, meeting.Theme));
    }

    private static LedgerSheet Participants(Meeting meeting, UserLocale locale) =>
        new(LedgerTexts.ParticipantsSheet.In(locale),
            [new(LedgerTexts.Name.In(locale), 12), new(LedgerTexts.Roles.In(locale), 24), new(LedgerTexts.Department.In(locale), 20)],
            [.. meeting.Participants.Select(p => (IReadOnlyList<LedgerCell>)
                [LedgerCell.Of(p.Name), LedgerCell.Of(UserLocales.List(locale, p.Roles.Select(r => RoleName(r).In(locale)))), LedgerCell.Of(p.Department ?? string.Empty)])]);

    private static LedgerSheet Talks(MeetingDossier dossier, ProcessTemplate template, UserLocale locale)
    {
        var meeting = dossier.Meeting;
        var plan = TalkPlan.For(meeting, template);
        var people = meeting.Participants.Where(p => plan.Talks.Any(t => t.Pair.Includes(p.UserId))).ToList();
        var records = dossier.TalkRecords.Where(r => r.Versions.Count > 0).ToDictionary(r => r.Pair);
        var rows = people.Select(row => (IReadOnlyList<LedgerCell>)
            [LedgerCell.Of(row.Name), .. people.Select(column => TalkCell(row.UserId, column.UserId, plan, records, locale))]);
        return new LedgerSheet(LedgerTexts.TalksSheet.In(locale),
            [new(LedgerTexts.TalkCorner.In(locale), 14), .. people.Select(p => new LedgerColumn(p.Name, 12))],
            [.. rows]);
    }

    private static LedgerCell TalkCell(
        string one, string other, TalkPlan plan, Dictionary<TalkPairKey, TalkRecord> records, UserLocale locale)
    {
        var pair = TalkPairKey.Of(one, other);
        if (one == other || !plan.Contains(pair))
        {
            return LedgerCell.Of(string.Empty);
        }

        return records.TryGetValue(pair, out var record)
            ? LedgerCell.Of(record.Latest.Notes.HeldOn)
            : LedgerCell.Of(LedgerTexts.NotRecorded.In(locale));
    }

    private static LedgerSheet Deliverables(MeetingDossier dossier, ProcessTemplate template, UserLocale locale, TimeZoneInfo zone)
    {
        var meeting = dossier.Meeting;
        var culture = locale == UserLocale.En ? "en" : "zh-CN";
        var order = template.DeliverablesInPhaseOrder().Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var rows = new List<IReadOnlyList<LedgerCell>>();
        foreach (var submission in dossier.Submissions
                     .OrderBy(s => order.GetValueOrDefault(s.DeliverableId, int.MaxValue))
                     .ThenBy(s => meeting.NameOf(s.AuthorId), StringComparer.Ordinal))
        {
            var name = template.FindDeliverable(submission.DeliverableId)?.Name.In(culture) ?? submission.DeliverableId;
            foreach (var version in submission.Versions)
            {
                var decision = submission.Reviews.LastOrDefault(r => r.VersionNumber == version.Number);
                rows.Add(
                [
                    LedgerCell.Of(name),
                    LedgerCell.Of(meeting.NameOf(submission.AuthorId)),
                    LedgerCell.Of(submission.TargetId is { } target ? meeting.NameOf(target) : string.Empty),
                    LedgerCell.Of((decimal)version.Number),
                    new LedgerDateTime(WallClock.ToLocal(version.SubmittedAt, zone)),
                    LedgerCell.Of(decision is null ? LedgerTexts.Awaiting.In(locale) : (decision.Approved ? LedgerTexts.Approved : LedgerTexts.Returned).In(locale)),
                    LedgerCell.Of(decision is null ? string.Empty : meeting.NameOf(decision.ByUserId)),
                    decision is null ? LedgerCell.Of(string.Empty) : new LedgerDateTime(WallClock.ToLocal(decision.At, zone)),
                ]);
            }
        }

        return new LedgerSheet(LedgerTexts.DeliverablesSheet.In(locale),
            [
                new(LedgerTexts.Deliverable.In(locale), 20), new(LedgerTexts.Author.In(locale), 12), new(LedgerTexts.Target.In(locale), 12),
                new(LedgerTexts.VersionColumn.In(locale), 8), new(LedgerTexts.SubmittedAt.In(locale), 18), new(LedgerTexts.Decision.In(locale), 12),
                new(LedgerTexts.Reviewer.In(locale), 12), new(LedgerTexts.DecidedAt.In(locale), 18),
            ],
            rows);
    }

    private static LedgerSheet Rectification(MeetingDossier dossier, UserLocale locale, DateTimeOffset now, TimeZoneInfo zone)
    {
        var meeting = dossier.Meeting;
        var tasks = dossier.Rectification?.Tasks ?? [];
        return new LedgerSheet(LedgerTexts.RectificationSheet.In(locale),
            [
                new(LedgerTexts.Number.In(locale), 6), new(LedgerTexts.Problem.In(locale), 30), new(LedgerTexts.Measure.In(locale), 30),
                new(LedgerTexts.Owner.In(locale), 12), new(LedgerTexts.Due.In(locale), 12), new(LedgerTexts.Status.In(locale), 10),
                new(LedgerTexts.CompletedOn.In(locale), 12),
            ],
            [.. tasks.OrderBy(t => t.Number).Select(task => (IReadOnlyList<LedgerCell>)
            [
                LedgerCell.Of((decimal)task.Number),
                LedgerCell.Of(task.Problem),
                LedgerCell.Of(task.Measure),
                LedgerCell.Of(meeting.NameOf(task.OwnerId)),
                LedgerCell.Of(task.DueDate),
                LedgerCell.Of(StatusName(task.StatusAt(now, zone)).In(locale)),
                task.CompletedAt is { } done ? LedgerCell.Of(DateOnly.FromDateTime(WallClock.ToLocal(done, zone))) : LedgerCell.Of(string.Empty),
            ])]);
    }

    private static LocalText RoleName(Role role) => role switch
    {
        Role.Secretary => LedgerTexts.RoleSecretary,
        Role.Lead => LedgerTexts.RoleLead,
        Role.Member => LedgerTexts.RoleMember,
        Role.DepartmentHead => LedgerTexts.RoleDepartmentHead,
        Role.Superior => LedgerTexts.RoleSuperior,
        _ => LedgerTexts.RoleSupervisor,
    };

    private static LocalText StatusName(RectificationStatus status) => status switch
    {
        RectificationStatus.Done => LedgerTexts.StatusDone,
        RectificationStatus.InProgress => LedgerTexts.StatusInProgress,
        RectificationStatus.Overdue => LedgerTexts.StatusOverdue,
        _ => LedgerTexts.StatusOpen,
    };
}
