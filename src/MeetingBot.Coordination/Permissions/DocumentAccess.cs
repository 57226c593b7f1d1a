using MeetingBot.Coordination.CollectiveMaterials;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Permissions;

/// <summary>
/// Who may be given a download link to an uploaded document (domain.md, "Privacy"). A submission's file: its author
/// the lead, and whom the template sends it to for review (given the template), nobody else — not the secretary, not a supervisor, not the other members. The
/// collective material's file: whoever may read the collective material (<see cref="Visibility"/>) once it has been
/// circulated, and the lead always. The special report's files: the secretary who drafts it, the lead and the
/// supervisors who review it. The ledger (台账): the secretary only. Nobody outside the meeting or its tenant.
/// </summary>
public static class DocumentAccess
{
    public static bool MayDownload(Meeting meeting, Actor viewer, Submission submission, ProcessTemplate? template = null) =>
        Access.AsParticipant(meeting, viewer) is null
        && submission.MeetingId == meeting.Id
        && (submission.AuthorId == viewer.UserId || meeting.Holds(viewer.UserId, Role.Lead) || Visibility.IsReviewerOf(meeting, viewer.UserId, submission, template));

    public static bool MayDownload(Meeting meeting, Actor viewer, CollectiveMaterial material, ProcessTemplate? template = null) =>
        material.MeetingId == meeting.Id
        && Visibility.Read(meeting, viewer, material, template).IsSuccess
        && (meeting.Holds(viewer.UserId, Role.Lead) || material.Versions.Count > 0);

    public static bool MayDownloadReport(Meeting meeting, Actor viewer) =>
        Access.AsParticipant(meeting, viewer) is null
        && (meeting.Holds(viewer.UserId, Role.Secretary) || meeting.Holds(viewer.UserId, Role.Lead) || meeting.Holds(viewer.UserId, Role.Supervisor));

    public static bool MayDownloadLedger(Meeting meeting, Actor viewer) => Access.AsSecretary(meeting, viewer) is null;
}
