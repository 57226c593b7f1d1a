using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;

namespace MeetingBot.Coordination.CollectiveMaterials;

/// <summary>Checks shared by the lead's steps on the collective material.</summary>
internal static class MaterialAuthoring
{
    public static Failure? ByLead(Meeting meeting, CollectiveMaterial? material, Actor actor, long expectedVersion)
    {
        if ((Access.AsLead(meeting, actor) ?? Access.WhileOpen(meeting) ?? Access.AtVersion(expectedVersion, material?.Version ?? 0)) is { } refusal)
        {
            return refusal;
        }

        return material?.State switch
        {
            MaterialState.Finalised => Failure.Conflict(FailureCodes.MaterialFinalised),
            MaterialState.UnderReview => Failure.Conflict(FailureCodes.MaterialUnderReview),
            _ => null,
        };
    }

    /// <summary>The members who must answer: every member except the lead who wrote it.</summary>
    public static IEnumerable<Participant> Commenters(Meeting meeting) => meeting.Members.Where(m => !m.Holds(Role.Lead));
}
