using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;

namespace MeetingBot.Coordination.Audit;

/// <summary>
/// "Who changed what, when": every audit entry of the meeting and its documents in time order, for the secretary.
/// Entries name actions, documents and versions, never content, so the secretary learns that an outline was
/// returned, not what it said.
/// </summary>
public static class AuditTrail
{
    public static Outcome<IReadOnlyList<AuditEntry>> For(MeetingDossier dossier, Actor actor)
    {
        if (Access.AsSecretary(dossier.Meeting, actor) is { } refusal)
        {
            return refusal;
        }

        IReadOnlyList<AuditEntry> entries =
        [
            .. dossier.Meeting.Audit
                .Concat(dossier.Submissions.SelectMany(s => s.History))
                .Concat(dossier.TalkRecords.SelectMany(t => t.History))
                .Concat(dossier.CollectiveMaterial?.History ?? [])
                .Concat(dossier.MaterialComments.SelectMany(c => c.History))
                .Concat(dossier.Minutes?.History ?? [])
                .Concat(dossier.Report?.History ?? [])
                .Concat(dossier.Rectification?.History ?? [])
                .Concat(dossier.Opinions?.History ?? [])
                .OrderBy(e => e.At)
                .ThenBy(e => e.Subject, StringComparer.Ordinal)
                .ThenBy(e => e.Version),
        ];
        return Outcome<IReadOnlyList<AuditEntry>>.Success(entries);
    }
}
