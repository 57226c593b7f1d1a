using MeetingBot.Coordination.CriticismOutlines;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Submissions;

/// <summary>
/// What a handed-in content must hold. Drafts may be incomplete; these rules apply when the author submits.
/// Outline quality is not checked here: the pre-review only flags, and the author may submit anyway.
/// </summary>
public static class ContentRules
{
    public static Failure? Check(SubmissionContent content, ProcessTemplate template) => content switch
    {
        StudyCheckIn c => c.MaterialsStudied.Any(m => !string.IsNullOrWhiteSpace(m)) ? null : Incomplete("materials"),
        ProblemList c => CheckProblems(c, template),
        ExaminationMaterial c => CheckMaterial(c, template),
        CriticismOutline c => CheckOutline(c, template),
        ReportUpward c => string.IsNullOrWhiteSpace(c.ReportedTo) ? Incomplete("reportedTo")
            : string.IsNullOrWhiteSpace(c.ReportedTheme) ? Incomplete("theme") : null,
        AttendanceConfirmation c => c.Attending || !string.IsNullOrWhiteSpace(c.AbsenceReason) ? null
            : Failure.Invalid(FailureCodes.AbsenceReasonRequired),
        RectificationReview c => c.NoPreviousTasks || c.Tasks.Any(t => !string.IsNullOrWhiteSpace(t.Task)) ? null : Incomplete("tasks"),
        Notes c => c.Sections.Any(s => s.Points.Any(p => !string.IsNullOrWhiteSpace(p))) ? null : Incomplete("points"),
        _ => Failure.Invalid(FailureCodes.WrongContent),
    };

    /// <summary>An uploaded file must be Word (.docx) or PDF and at most <see cref="UploadedDocument.MaxSizeBytes"/>.</summary>
    public static Failure? CheckDocument(UploadedDocument document)
    {
        var extension = Path.GetExtension(document.FileName).ToLowerInvariant();
        var typeOk = UploadedDocument.AcceptedContentTypes.Contains(document.ContentType, StringComparer.OrdinalIgnoreCase)
            && extension is ".docx" or ".pdf";
        if (!typeOk)
        {
            return Failure.Invalid(FailureCodes.DocumentWrongType, ("file", document.FileName));
        }

        return document.SizeBytes is <= 0 or > UploadedDocument.MaxSizeBytes
            ? Failure.Invalid(FailureCodes.DocumentTooLarge, ("file", document.FileName), ("maxMb", (UploadedDocument.MaxSizeBytes / 1024 / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            : null;
    }

    private static Failure? CheckProblems(ProblemList list, ProcessTemplate template)
    {
        if (list.Items.Count == 0)
        {
            return Incomplete("items");
        }

        foreach (var item in list.Items)
        {
            if (!template.HasProblemCategory(item.CategoryId))
            {
                return Failure.Invalid(FailureCodes.UnknownCategory, ("category", item.CategoryId));
            }

            if (!template.HasProblemSource(item.SourceId))
            {
                return Failure.Invalid(FailureCodes.UnknownSource, ("source", item.SourceId));
            }

            if (string.IsNullOrWhiteSpace(item.Manifestation))
            {
                return Incomplete("manifestation");
            }

            if (item.Acknowledgement == ProblemAcknowledgement.Disputed && string.IsNullOrWhiteSpace(item.DisputeNote))
            {
                return Failure.Invalid(FailureCodes.DisputeNoteRequired);
            }
        }

        return null;
    }

    /// <summary>Typed sections must all be there (problems with typical cases, root causes, direction, measures), unless a document stands in for them.</summary>
    public static Failure? CheckMaterial(ExaminationMaterial material, ProcessTemplate template)
    {
        if (material.Document is { } document)
        {
            return CheckDocument(document);
        }

        if (material.Problems.Count == 0 || material.Problems.Any(p => string.IsNullOrWhiteSpace(p.Description)))
        {
            return Incomplete("problems");
        }

        if (material.Problems.Any(p => string.IsNullOrWhiteSpace(p.TypicalCase)))
        {
            return Incomplete("typicalCase");
        }

        if (material.Problems.FirstOrDefault(p => p.CategoryId is not null && !template.HasProblemCategory(p.CategoryId)) is { } stray)
        {
            return Failure.Invalid(FailureCodes.UnknownCategory, ("category", stray.CategoryId!));
        }

        return string.IsNullOrWhiteSpace(material.RootCauses) ? Incomplete("rootCauses")
            : string.IsNullOrWhiteSpace(material.Direction) ? Incomplete("direction")
            : material.Measures.Any(m => !string.IsNullOrWhiteSpace(m)) ? null : Incomplete("measures");
    }

    private static Failure? CheckOutline(CriticismOutline outline, ProcessTemplate template)
    {
        if (!outline.Points.Any(p => !string.IsNullOrWhiteSpace(p.Text)))
        {
            return Incomplete("points");
        }

        var stray = outline.Points.FirstOrDefault(p => p.AspectId is not null && template.Aspects.All(a => a.Id != p.AspectId));
        return stray is null ? null : Failure.Invalid(FailureCodes.UnknownAspect, ("aspect", stray.AspectId!));
    }

    private static Failure Incomplete(string field) => Failure.Invalid(FailureCodes.Incomplete, ("field", field));
}
