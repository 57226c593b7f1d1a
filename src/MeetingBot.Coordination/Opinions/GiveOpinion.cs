using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;

namespace MeetingBot.Coordination.Opinions;

/// <summary>
/// Someone writes an opinion on the public form (群众提): optionally signed, addressed to the team or to one member, on
/// the meeting or on the collective material. Only while that is open; a form sent twice is kept once.
/// </summary>
/// <param name="FormKey">Identifies the filled-in form (the page hands out a fresh one each time).</param>
public sealed record GiveOpinion(string Text, string? SignedName, string? AddressedTo, bool OnCollectiveMaterial, string FormKey)
{
    public Outcome<OpinionCollection> Decide(Meeting meeting, OpinionCollection? stored, DateTimeOffset now)
    {
        var current = stored ?? OpinionCollection.New(meeting.Id);
        if (Access.WhileOpen(meeting) is not null || !current.Accepts(OnCollectiveMaterial))
        {
            return Failure.Conflict(FailureCodes.OpinionsClosed);
        }

        if (current.Opinions.Any(o => o.FormKey == FormKey))
        {
            return current;
        }

        if ((OpinionRules.Text(Text) ?? OpinionRules.Name(SignedName) ?? OpinionRules.Addressee(meeting, AddressedTo) ?? OpinionRules.Room(current)) is { } refusal)
        {
            return refusal;
        }

        var number = current.NextNumber;
        var opinion = new Opinion(number, Text.Trim(), OpinionSource.Masses, OpinionRules.Clean(SignedName), AddressedTo,
            OnCollectiveMaterial, now, null, FormKey, null, null, null, null);
        return (current with { Opinions = [.. current.Opinions, opinion] })
            .Changed(OpinionCollection.PublicForm, now, AuditActions.OpinionReceived, OpinionRules.Number(number));
    }
}
