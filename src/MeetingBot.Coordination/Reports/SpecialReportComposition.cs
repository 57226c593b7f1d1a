using System.Globalization;
using MeetingBot.Coordination.CollectiveMaterials;
using MeetingBot.Coordination.MeetingRecords;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Coordination.Readiness;
using MeetingBot.Coordination.Rectification;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Talks;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using static MeetingBot.Coordination.Reports.SpecialReportTexts;

namespace MeetingBot.Coordination.Reports;

/// <summary>
/// Composes the special report from the meeting's records, pure: the same dossier gives the same report. Sections:
/// preparation (study, problems by category, talks, materials, outlines, attendance, the readiness gate with any
/// override and its reason), the meeting, criticism and self-criticism from the minutes, and the rectification
/// measures (the task list once it exists, else the measures of the approved materials). Only what the template
/// has appears; outlines and talk notes are counted, never quoted.
/// </summary>
public static class SpecialReportComposition
{
    public static SpecialReport Compose(MeetingDossier dossier, ProcessTemplate template, DateTimeOffset now)
    {
        var meeting = dossier.Meeting;
        var values = new Dictionary<string, string>
        {
            ["theme"] = meeting.Theme,
            ["date"] = Date(meeting.LocalStart),
            ["place"] = meeting.Place,
        };
        var subtitle = new BilingualText(
            Subtitle.ZhCn.Replace("{template}", template.Name.ZhCn, StringComparison.Ordinal),
            Subtitle.En.Replace("{template}", template.Name.En, StringComparison.Ordinal)).With(values);
        ReportSection[] sections =
        [
            new(1, ReportSectionKind.Preparation, Preparation, PreparationBlocks(dossier, template, now)),
            new(2, ReportSectionKind.Meeting, SpecialReportTexts.Meeting, MeetingBlocks(dossier)),
            new(3, ReportSectionKind.Criticism, Criticism, CriticismBlocks(dossier)),
            new(4, ReportSectionKind.Rectification, SpecialReportTexts.Rectification, RectificationBlocks(dossier, template, now)),
        ];
        return new SpecialReport(meeting.Id, Title.With(values), subtitle, now, sections);
    }

    private static List<ReportBlock> PreparationBlocks(MeetingDossier dossier, ProcessTemplate template, DateTimeOffset now)
    {
        var meeting = dossier.Meeting;
        var members = meeting.Members;
        var memberIds = members.Select(m => m.UserId).ToHashSet(StringComparer.Ordinal);
        var blocks = new List<ReportBlock>();
        var count = N(members.Count);

        if (template.FindDeliverable(DeliverableKind.StudyCheckIn) is { } study)
        {
            var done = Handed(dossier, study).Count(s => memberIds.Contains(s.AuthorId));
            blocks.Add(Paragraph(Named(Study, PhaseOf(template, study)), ("done", N(done)), ("members", count)));
        }

        if (template.FindDeliverable(DeliverableKind.ProblemList) is { } problems)
        {
            var items = Handed(dossier, problems).Where(s => memberIds.Contains(s.AuthorId))
                .Select(s => s.Latest!.Content).OfType<ProblemList>().SelectMany(l => l.Items).ToList();
            blocks.Add(Paragraph(Named(Problems, PhaseOf(template, problems)), ("members", count), ("total", N(items.Count)),
                ("acknowledged", N(items.Count(i => i.Acknowledgement == ProblemAcknowledgement.Acknowledged))),
                ("disputed", N(items.Count(i => i.Acknowledgement == ProblemAcknowledgement.Disputed)))));
            var rows = template.ProblemCategories
                .Select(c => (IReadOnlyList<BilingualText>)[c.Name, Same(N(items.Count(i => i.CategoryId == c.Id)))])
                .Append([TotalRow, Same(N(items.Count))]);
            blocks.Add(new ReportTable(ProblemTable, [CategoryColumn, CountColumn], [.. rows]));

            // The opinions filed in the members' problem lists (群众提、上级点、集体议) and how they were answered.
            var filed = dossier.Submissions.Where(s => s.DeliverableId == problems.Id && memberIds.Contains(s.AuthorId)).SelectMany(s => s.Opinions).ToList();
            if (filed.Count > 0)
            {
                blocks.Add(Paragraph(OpinionsAnswered, ("total", N(filed.Count)),
                    ("acknowledged", N(filed.Count(f => f.Answer?.Kind == OpinionAnswerKind.Acknowledged))),
                    ("explained", N(filed.Count(f => f.Answer?.Kind == OpinionAnswerKind.Explained))),
                    ("open", N(filed.Count(f => f.Answer is null)))));
            }
        }

        if (template.FindDeliverable(DeliverableKind.TalkRecord) is { } talks)
        {
            var plan = TalkPlan.For(meeting, template);
            var records = dossier.TalkRecords.Where(r => plan.Contains(r.Pair)).ToList();
            blocks.Add(Paragraph(Named(SpecialReportTexts.Talks, PhaseOf(template, talks)), ("planned", N(plan.Talks.Count)), ("recorded", N(records.Count)),
                ("confirmed", N(records.Count(r => r.State == TalkState.Confirmed)))));
        }

        if (template.FindDeliverable(DeliverableKind.SelfExamination) is { } own)
        {
            var handed = Handed(dossier, own).Where(s => memberIds.Contains(s.AuthorId)).ToList();
            blocks.Add(Paragraph(Named(OwnMaterials, own.Name), ("done", N(handed.Count(s => Counts(s, own)))), ("members", count),
                ("returns", N(handed.Sum(s => s.Reviews.Count(r => !r.Approved))))));
        }

        if (template.FindDeliverable(DeliverableKind.CollectiveMaterial) is { } collective && dossier.CollectiveMaterial is { } material)
        {
            blocks.Add(Paragraph(Named(material.State == MaterialState.Finalised ? CollectiveFinal : CollectiveOpen, collective.Name),
                ("versions", N(material.Versions.Count)),
                ("comments", N(dossier.MaterialComments.Sum(c => c.Responses.Count(r => !string.IsNullOrWhiteSpace(r.Comment)))))));
        }

        if (template.FindDeliverable(DeliverableKind.CriticismOutline) is { } outline)
        {
            var handed = Handed(dossier, outline).Where(s => memberIds.Contains(s.AuthorId)).ToList();
            blocks.Add(Paragraph(Named(Outlines, outline.Name), ("expected", N(members.Count * (members.Count - 1))),
                ("done", N(handed.Count(s => Counts(s, outline)))), ("returns", N(handed.Sum(s => s.Reviews.Count(r => !r.Approved))))));
        }

        if (template.Readiness.Quorum is { } quorum)
        {
            var attendance = ReadinessAssessment.Attendance(dossier, quorum);
            blocks.Add(Paragraph(Attendance, ("members", N(attendance.Members)), ("attending", N(attendance.Attending)),
                ("absent", N(attendance.Absent)), ("required", N(attendance.Required))));
        }

        blocks.Add(meeting.Confirmation switch
        {
            { Overridden: true } c => Paragraph(Overridden, ("gaps", N(c.GapsOverridden)), ("reason", c.OverrideReason ?? string.Empty)),
            not null => new ReportParagraph(Confirmed),
            null => Paragraph(NotConfirmed, ("gaps", N(ReadinessAssessment.Assess(dossier, template, now).Gaps.Count))),
        });
        return blocks;
    }

    private static List<ReportBlock> MeetingBlocks(MeetingDossier dossier)
    {
        var meeting = dossier.Meeting;
        if (meeting.HeldAt is not { } heldAt || !WallClock.TryFindZone(meeting.TimeZoneId, out var zone))
        {
            return [new ReportParagraph(NotHeld)];
        }

        var supervisors = meeting.With(Role.Supervisor).Select(s => s.Name).ToList();
        var supervised = supervisors.Count == 0
            ? new BilingualText(string.Empty, string.Empty)
            : new BilingualText(SupervisorsPresent.ZhCn.Replace("{names}", string.Join("、", supervisors), StringComparison.Ordinal),
                SupervisorsPresent.En.Replace("{names}", string.Join(", ", supervisors), StringComparison.Ordinal));
        // Who attended is the sign-in record of the day (签到), not typed again; before anyone signed in or was
        // excused the report can only say how many the team has.
        var signedIn = dossier.Minutes is { } records && (records.SignIns.Count > 0 || records.Excusals.Count > 0);
        var wording = signedIn ? HeldSignedIn : Held;
        var held = new BilingualText(
            wording.ZhCn.Replace("{supervisors}", supervised.ZhCn, StringComparison.Ordinal),
            wording.En.Replace("{supervisors}", supervised.En, StringComparison.Ordinal));
        var criticisms = dossier.Minutes is { } minutes ? minutes.Of(meeting).Sum(m => m.Criticisms.Count) : 0;
        var date = Date(WallClock.ToLocal(heldAt, zone));
        var blocks = new List<ReportBlock>();
        if (signedIn)
        {
            var roll = AttendanceRoll.Of(meeting, dossier.Minutes);
            blocks.Add(Paragraph(held, ("date", date), ("place", meeting.Place), ("expected", N(roll.Expected)), ("attended", N(roll.Attended.Count))));
            blocks.AddRange(AttendanceBlocks(meeting, roll));
        }
        else
        {
            blocks.Add(Paragraph(held, ("date", date), ("place", meeting.Place), ("members", N(meeting.Members.Count))));
        }

        blocks.Add(Paragraph(Agenda, ("lead", meeting.Lead.Name), ("criticisms", N(criticisms))));
        return blocks;
    }

    /// <summary>Who signed in (in the roster's order, not the door's), who was excused and why, who did neither: each line only when someone is on it.</summary>
    private static IEnumerable<ReportBlock> AttendanceBlocks(Meetings.Meeting meeting, AttendanceRoll roll)
    {
        if (roll.Attended.Count > 0)
        {
            var order = meeting.Participants.Select(p => p.UserId).ToList();
            yield return new ReportParagraph(Names(AttendedNames, roll.Attended.OrderBy(a => order.IndexOf(a.Person.UserId)).Select(a => Same(a.Person.Name))));
        }

        if (roll.Excused.Count > 0)
        {
            yield return new ReportParagraph(Names(ExcusedNames, roll.Excused.Select(e =>
                ExcusedName.With(new Dictionary<string, string> { ["name"] = e.Person.Name, ["reason"] = e.Reason }))));
        }

        if (roll.Absent.Count > 0)
        {
            yield return new ReportParagraph(Names(AbsentNames, roll.Absent.Select(p => Same(p.Name))));
        }
    }

    private static BilingualText Names(BilingualText line, IEnumerable<BilingualText> names)
    {
        var list = names.ToList();
        return new BilingualText(
            line.ZhCn.Replace("{names}", string.Join("、", list.Select(n => n.ZhCn)), StringComparison.Ordinal),
            line.En.Replace("{names}", string.Join(", ", list.Select(n => n.En)), StringComparison.Ordinal));
    }

    private static List<ReportBlock> CriticismBlocks(MeetingDossier dossier)
    {
        var meeting = dossier.Meeting;
        if (dossier.Minutes is not { Entries.Count: > 0 } minutes)
        {
            return [new ReportParagraph(NoMinutes)];
        }

        var blocks = new List<ReportBlock>();
        if (minutes.CollectiveExamination is { } collective)
        {
            blocks.Add(Paragraph(CollectiveSpoken, ("text", collective)));
        }

        var rows = minutes.Of(meeting).Select(m => (IReadOnlyList<BilingualText>)
        [
            Same(m.Name),
            m.SelfCriticism is { } self ? Same(self) : NotRecorded,
            m.Criticisms.Count == 0 ? NotRecorded : Joined(m.Criticisms.Select(c => FromCritic.With(new Dictionary<string, string> { ["name"] = c.FromName, ["text"] = c.Text }))),
            m.Response is { } response ? Same(response) : NotRecorded,
        ]);
        blocks.Add(new ReportTable(MinutesTable, [MemberColumn, SelfColumn, ReceivedColumn, ResponseColumn], [.. rows]));
        return blocks;
    }

    private static List<ReportBlock> RectificationBlocks(MeetingDossier dossier, ProcessTemplate template, DateTimeOffset now)
    {
        var meeting = dossier.Meeting;
        if (dossier.Rectification is { Tasks.Count: > 0 } list && WallClock.TryFindZone(meeting.TimeZoneId, out var zone))
        {
            var statuses = list.Tasks.Select(t => t.StatusAt(now, zone)).ToList();
            var rows = list.Tasks.Zip(statuses, (t, status) => (IReadOnlyList<BilingualText>)
                [Same(N(t.Number)), Same(t.Problem), Same(t.Measure), Same(meeting.NameOf(t.OwnerId)), Same(t.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), StatusText(status)]);
            return
            [
                Paragraph(TasksSummary, ("total", N(list.Tasks.Count)), ("done", N(statuses.Count(s => s == RectificationStatus.Done))),
                    ("progress", N(statuses.Count(s => s == RectificationStatus.InProgress))), ("overdue", N(statuses.Count(s => s == RectificationStatus.Overdue)))),
                new ReportTable(TaskTable, [NumberColumn, ProblemColumn, MeasureColumn, OwnerColumn, DueColumn, StatusColumn], [.. rows]),
            ];
        }

        var measures = RectificationProposals.From(dossier, template, DateOnly.MinValue)
            .Select(p => MeasureOf.With(new Dictionary<string, string> { ["name"] = meeting.NameOf(p.OwnerId), ["measure"] = p.Measure }))
            .ToList();
        return measures.Count == 0 ? [new ReportParagraph(NoMeasures)] : [new ReportParagraph(MeasuresFromMaterials), new ReportList(true, measures)];
    }

    public static BilingualText StatusText(RectificationStatus status) => status switch
    {
        RectificationStatus.Done => SpecialReportTexts.Done,
        RectificationStatus.InProgress => InProgress,
        RectificationStatus.Overdue => Overdue,
        _ => Open,
    };

    private static IEnumerable<Submission> Handed(MeetingDossier dossier, DeliverableDefinition deliverable) =>
        dossier.Submissions.Where(s => s.DeliverableId == deliverable.Id && s.Latest is not null);

    private static bool Counts(Submission submission, DeliverableDefinition deliverable) =>
        !deliverable.RequiresApproval || submission.State == SubmissionState.Approved;

    private static BilingualText PhaseOf(ProcessTemplate template, DeliverableDefinition deliverable) =>
        template.FindPhase(deliverable.PhaseId)?.Name ?? deliverable.Name;

    private static BilingualText Named(BilingualText text, BilingualText name) =>
        new(text.ZhCn.Replace("{phase}", name.ZhCn, StringComparison.Ordinal).Replace("{deliverable}", name.ZhCn, StringComparison.Ordinal),
            text.En.Replace("{phase}", name.En, StringComparison.Ordinal).Replace("{deliverable}", name.En, StringComparison.Ordinal));

    private static ReportParagraph Paragraph(BilingualText text, params (string Key, string Value)[] values) =>
        new(text.With(values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal)));

    private static BilingualText Joined(IEnumerable<BilingualText> texts)
    {
        var list = texts.ToList();
        return new BilingualText(string.Join("；", list.Select(t => t.ZhCn)), string.Join("; ", list.Select(t => t.En)));
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateTime local) => local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
