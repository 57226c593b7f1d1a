using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Rectification;

/// <summary>
/// Tasks proposed from the records, so nobody retypes them: every measure of each member's own self-examination
/// material (owner: its author) and of the collective material (owner: the lead), each paired with the problem in
/// the same position of that material (or, past the last problem, with all its problems). A material handed in as a
/// Word file proposes the measures read from its text (<see cref="DocumentMeasures"/>) the same way.
/// </summary>
public static class RectificationProposals
{
    public static IReadOnlyList<NewRectificationTask> From(MeetingDossier dossier, ProcessTemplate template, DateOnly dueDate)
    {
        var meeting = dossier.Meeting;
        var proposals = new List<NewRectificationTask>();
        if (dossier.CollectiveMaterial?.Latest?.Content is ExaminationMaterial collective)
        {
            proposals.AddRange(FromMaterial(collective, meeting.Lead.UserId, dueDate));
        }

        if (template.FindDeliverable(DeliverableKind.SelfExamination) is { } own)
        {
            foreach (var member in meeting.Members)
            {
                var submission = dossier.Submissions.FirstOrDefault(s => s.DeliverableId == own.Id && s.AuthorId == member.UserId);
                var counts = submission is { Latest: not null } && (!own.RequiresApproval || submission.State == SubmissionState.Approved);
                if (counts && submission!.Latest!.Content is ExaminationMaterial material)
                {
                    proposals.AddRange(FromMaterial(material, member.UserId, dueDate));
                }
            }
        }

        return proposals;
    }

    /// <summary>
    /// The proposals not already on the list, so proposing twice adds each task once: a task is already there when
    /// the same owner has a task with the same measure (the problem text may have been edited since).
    /// </summary>
    public static IReadOnlyList<NewRectificationTask> NotOnTheList(IReadOnlyList<NewRectificationTask> proposals, RectificationList? list)
    {
        var listed = (list?.Tasks ?? []).Select(t => (t.OwnerId, Measure: t.Measure.Trim())).ToHashSet();
        return [.. proposals.Where(p => listed.Add((p.OwnerId, p.Measure.Trim())))];
    }

    private static IEnumerable<NewRectificationTask> FromMaterial(ExaminationMaterial material, string ownerId, DateOnly dueDate)
    {
        var problems = material.Problems.Select(p => p.Description).Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        var measures = material.Measures;
        if (measures.Count == 0 && material.Document is { ExtractedText: { } text } document)
        {
            var read = DocumentMeasures.Read(text);
            // A file whose problems are not under a heading of their own still names the material the task answers.
            (problems, measures) = (read.Problems.Count > 0 ? [.. read.Problems] : [document.FileName], read.Measures);
        }

        var all = string.Join("；", problems);
        return measures.Where(m => !string.IsNullOrWhiteSpace(m)).Select((measure, i) =>
            new NewRectificationTask(i < problems.Count ? problems[i] : all, measure, ownerId, dueDate))
            .Where(t => !string.IsNullOrWhiteSpace(t.Problem));
    }
}
