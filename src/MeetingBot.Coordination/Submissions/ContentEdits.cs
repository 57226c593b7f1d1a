using System.Globalization;
using MeetingBot.Coordination.CriticismOutlines;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Submissions.Contents;

namespace MeetingBot.Coordination.Submissions;

/// <summary>
/// Changes one part of a content and leaves the rest exactly as it was: a point replaced, added or dropped, or one
/// section rewritten. Parts and points count from 1, as the author reads them back. What the author typed comes as a
/// content of the same kind (read by the same rules as a first hand-in) whose part holds the new point(s); untouched
/// points are never re-read, so nothing the author did not change can change.
/// </summary>
public static class ContentEdits
{
    /// <summary>The parts of a content: the number of points in each, or null for a part that is one text (根源).</summary>
    public static IReadOnlyList<int?> Parts(SubmissionContent content) => content switch
    {
        CriticismOutline outline => [outline.Points.Count],
        StudyCheckIn study => [study.MaterialsStudied.Count],
        ProblemList problems => [problems.Items.Count],
        ExaminationMaterial { Document: null } material => [material.Problems.Count, null, null, material.Measures.Count],
        Notes notes => [.. notes.Sections.Select(s => (int?)s.Points.Count)],
        _ => [null],
    };

    /// <summary>
    /// Replaces point <paramref name="point"/> of part <paramref name="part"/> with what was typed (one point or
    /// several), adds it when the point is one past the last, or rewrites the whole part when the point is null.
    /// </summary>
    public static Outcome<SubmissionContent> Replace(SubmissionContent working, int part, int? point, SubmissionContent typed) =>
        typed.Kind != working.Kind ? Failure.Invalid(FailureCodes.WrongContent) : Edit(working, part, point, typed);

    /// <summary>Drops point <paramref name="point"/> of part <paramref name="part"/>.</summary>
    public static Outcome<SubmissionContent> Remove(SubmissionContent working, int part, int point) => Edit(working, part, point, null);

    private static Outcome<SubmissionContent> Edit(SubmissionContent working, int part, int? point, SubmissionContent? typed)
    {
        if (working is ExaminationMaterial { Document: not null })
        {
            return Failure.Invalid(FailureCodes.UploadedNotByPoint);
        }

        var parts = Parts(working);
        if (part < 1 || part > parts.Count)
        {
            return Failure.Invalid(FailureCodes.SectionOutOfRange, ("section", Number(part)), ("count", Number(parts.Count)));
        }

        if (parts[part - 1] is null)
        {
            // A part that is one text (or a content that is one answer) is rewritten whole.
            return typed is null || point is not null and not 1
                ? Failure.Invalid(FailureCodes.PointOutOfRange, ("point", Number(point ?? 0)), ("count", Number(1)))
                : Whole(working, part, typed);
        }

        return (working, typed) switch
        {
            (CriticismOutline w, _) => Splice(w.Points, point, (typed as CriticismOutline)?.Points).Then(p => w with { Points = p }),
            (StudyCheckIn w, _) => Splice(w.MaterialsStudied, point, (typed as StudyCheckIn)?.MaterialsStudied).Then(p => w with { MaterialsStudied = p }),
            (ProblemList w, _) => Splice(w.Items, point, (typed as ProblemList)?.Items).Then(p => w with { Items = p }),
            (ExaminationMaterial w, _) when part == 1 => Splice(w.Problems, point, (typed as ExaminationMaterial)?.Problems).Then(p => w with { Problems = p }),
            (ExaminationMaterial w, _) => Splice(w.Measures, point, (typed as ExaminationMaterial)?.Measures).Then(p => w with { Measures = p }),
            (Notes w, _) => Splice(w.Sections[part - 1].Points, point, (typed as Notes)?.Sections.SelectMany(s => s.Points).ToList())
                .Then(p => w with { Sections = [.. w.Sections.Select((s, i) => i == part - 1 ? s with { Points = p } : s)] }),
            _ => Failure.Invalid(FailureCodes.WrongContent),
        };
    }

    private static Outcome<SubmissionContent> Whole(SubmissionContent working, int part, SubmissionContent typed) => (working, typed) switch
    {
        (ExaminationMaterial w, ExaminationMaterial t) when part == 2 => Text(t.RootCauses) is { } causes ? w with { RootCauses = causes } : Failure.Invalid(FailureCodes.PointEmpty),
        (ExaminationMaterial w, ExaminationMaterial t) when part == 3 => Text(t.Direction) is { } direction ? w with { Direction = direction } : Failure.Invalid(FailureCodes.PointEmpty),
        (ExaminationMaterial, _) => Failure.Invalid(FailureCodes.WrongContent),
        _ => typed,
    };

    /// <param name="typed">The new point(s); null to drop the point.</param>
    private static Outcome<IReadOnlyList<T>> Splice<T>(IReadOnlyList<T> points, int? point, IReadOnlyList<T>? typed)
    {
        if (typed is not null && typed.Count == 0)
        {
            return Failure.Invalid(FailureCodes.PointEmpty);
        }

        if (point is not { } at)
        {
            return typed is null ? Failure.Invalid(FailureCodes.PointEmpty) : Outcome<IReadOnlyList<T>>.Success(typed);
        }

        var last = typed is null ? points.Count : points.Count + 1;
        if (at < 1 || at > last)
        {
            return Failure.Invalid(FailureCodes.PointOutOfRange, ("point", Number(at)), ("count", Number(points.Count)));
        }

        var changed = points.ToList();
        if (at <= points.Count)
        {
            changed.RemoveAt(at - 1);
        }

        if (typed is not null)
        {
            changed.InsertRange(at - 1, typed);
        }

        return changed;
    }

    private static Outcome<SubmissionContent> Then<T>(this Outcome<T> outcome, Func<T, SubmissionContent> apply) =>
        outcome.IsSuccess ? apply(outcome.Value) : outcome.Failure;

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
