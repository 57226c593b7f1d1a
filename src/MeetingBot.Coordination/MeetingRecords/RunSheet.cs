using MeetingBot.Coordination.CollectiveMaterials;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.MeetingRecords;

/// <summary>
/// The order of the confirmed meeting (domain.md phase 7): the review of the previous rectification tasks when the
/// template has one, the lead's collective self-examination, each member's self-criticism (the lead first, then in
/// roster order), then mutual criticism one by one: each member in turn is criticised by every other member.
/// Each speaker's reference is his approved material or outline, shown only to a viewer <see cref="Visibility"/>
/// allows; the group view carries names and order only.
/// </summary>
public static class RunSheet
{
    /// <summary>The run sheet for one participant, references filtered by what he may read.</summary>
    public static Outcome<RunSheetView> For(MeetingDossier dossier, ProcessTemplate template, Actor viewer)
    {
        var meeting = dossier.Meeting;
        if ((Access.AsParticipant(meeting, viewer) ?? Access.AfterConfirmation(meeting)) is { } refusal)
        {
            return refusal;
        }

        return Build(dossier, template, viewer.UserId);
    }

    /// <summary>The group chat's run sheet: order and names, never a reference.</summary>
    public static Outcome<RunSheetView> ForGroup(MeetingDossier dossier, ProcessTemplate template) =>
        Access.AfterConfirmation(dossier.Meeting) is { } refusal ? refusal : Build(dossier, template, viewerId: null);

    private static RunSheetView Build(MeetingDossier dossier, ProcessTemplate template, string? viewerId)
    {
        var meeting = dossier.Meeting;
        var members = meeting.Members;
        var lead = meeting.Lead;
        var items = new List<RunSheetItem>();

        void Add(RunSheetStep step, string speakerId, string? subjectId, RunSheetReference? reference, Func<bool> mayRead) =>
            items.Add(new RunSheetItem(items.Count + 1, step, speakerId, meeting.NameOf(speakerId), subjectId,
                subjectId is null ? null : meeting.NameOf(subjectId), reference is not null,
                reference is not null && viewerId is not null && mayRead() ? reference : null));

        if (template.FindDeliverable(DeliverableKind.RectificationReview) is { } review)
        {
            var submission = Latest(dossier, review.Id, null);
            Add(RunSheetStep.PreviousRectification, lead.UserId, null, Reference(submission, review), () => Visibility.CanRead(meeting, viewerId!, submission!));
        }

        if (template.FindDeliverable(DeliverableKind.CollectiveMaterial) is { } collective)
        {
            var material = dossier.CollectiveMaterial;
            var reference = material?.Latest is { } latest ? new RunSheetReference(collective.Id, lead.UserId, null, latest.Number, latest.Content) : null;
            Add(RunSheetStep.CollectiveExamination, lead.UserId, null, reference, () => MayReadCollective(meeting, viewerId!, material!));
        }

        var own = template.FindDeliverable(DeliverableKind.SelfExamination);
        foreach (var member in members)
        {
            var submission = own is null ? null : Latest(dossier, own.Id, member.UserId);
            Add(RunSheetStep.SelfCriticism, member.UserId, null, Reference(submission, own), () => Visibility.CanRead(meeting, viewerId!, submission!));
        }

        var outline = template.FindDeliverable(DeliverableKind.CriticismOutline);
        foreach (var subject in members)
        {
            foreach (var critic in members.Where(m => m.UserId != subject.UserId))
            {
                var submission = outline is null ? null : Find(dossier, outline.Id, critic.UserId, subject.UserId);
                Add(RunSheetStep.MutualCriticism, critic.UserId, subject.UserId, Reference(submission, outline), () => Visibility.CanRead(meeting, viewerId!, submission!));
            }
        }

        return new RunSheetView(meeting.Id, meeting.Theme, meeting.Place, meeting.LocalStart, meeting.TimeZoneId, items);
    }

    /// <summary>The version a speaker speaks from: the approved one where the lead reviews, else the latest handed in.</summary>
    private static RunSheetReference? Reference(Submission? submission, DeliverableDefinition? deliverable)
    {
        if (submission?.Latest is not { } latest || deliverable is null)
        {
            return null;
        }

        if (deliverable.RequiresApproval && submission.State != SubmissionState.Approved)
        {
            return null;
        }

        return new RunSheetReference(submission.DeliverableId, submission.AuthorId, submission.TargetId, latest.Number, latest.Content);
    }

    private static Submission? Latest(MeetingDossier dossier, string deliverableId, string? authorId) =>
        dossier.Submissions.Where(s => s.DeliverableId == deliverableId && (authorId is null || s.AuthorId == authorId) && s.Latest is not null)
            .OrderByDescending(s => s.Latest!.SubmittedAt)
            .FirstOrDefault();

    private static Submission? Find(MeetingDossier dossier, string deliverableId, string authorId, string targetId) =>
        dossier.Submissions.FirstOrDefault(s => s.DeliverableId == deliverableId && s.AuthorId == authorId && s.TargetId == targetId);

    private static bool MayReadCollective(Meeting meeting, string viewerId, CollectiveMaterial material) =>
        meeting.Find(viewerId) is { } viewer
        && Visibility.Read(meeting, new Actor(viewer.UserId, viewer.Name, meeting.TenantId), material).IsSuccess;
}
