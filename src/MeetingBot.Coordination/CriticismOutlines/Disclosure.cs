using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;

namespace MeetingBot.Coordination.CriticismOutlines;

/// <summary>The outlines disclosed to one member: the approved version of each outline that names him as target.</summary>
public static class Disclosure
{
    public static Outcome<IReadOnlyList<DisclosedOutline>> ToMe(MeetingDossier dossier, Actor actor)
    {
        if (Access.AsParticipant(dossier.Meeting, actor) is { } refusal)
        {
            return refusal;
        }

        IReadOnlyList<DisclosedOutline> outlines =
        [
            .. dossier.Submissions
                .Where(s => s.TargetId == actor.UserId && s.DisclosedAt is not null && s.Latest?.Content is CriticismOutline)
                .OrderBy(s => s.DisclosedAt)
                .Select(s => new DisclosedOutline(s.AuthorId, dossier.Meeting.NameOf(s.AuthorId), s.DisclosedAt!.Value,
                    s.Latest!.Number, ((CriticismOutline)s.Latest.Content).Points)),
        ];
        return Outcome<IReadOnlyList<DisclosedOutline>>.Success(outlines);
    }
}
