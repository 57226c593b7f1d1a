using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;

namespace MeetingBot.Coordination.Opinions;

/// <summary>
/// The office or the lead types in what the superior pointed out (上级点), what the team agreed on (集体议) or an
/// opinion the masses gave another way (群众提). One addressed to a member is assigned to him at once; whether the
/// collection is open does not matter (it is not the public form).
/// </summary>
public sealed record RecordOpinion(long ExpectedVersion, string Text, OpinionSource Source, string? AddressedTo)
{
    public Outcome<OpinionCollection> Decide(Meeting meeting, OpinionCollection? stored, Actor actor, DateTimeOffset now)
    {
        var current = stored ?? OpinionCollection.New(meeting.Id);
        if ((AsSecretaryOrLead(meeting, actor) ?? Access.WhileOpen(meeting) ?? Access.AtVersion(ExpectedVersion, current.Version)) is { } refusal)
        {
            return refusal;
        }

        if ((OpinionRules.Text(Text) ?? OpinionRules.Addressee(meeting, AddressedTo) ?? OpinionRules.Room(current)) is { } invalid)
        {
            return invalid;
        }

        var number = current.NextNumber;
        var opinion = new Opinion(number, Text.Trim(), Source, null, AddressedTo, false, now, actor.UserId, null, null, AddressedTo, null, null);
        return (current with { Opinions = [.. current.Opinions, opinion] })
            .Changed(actor.UserId, now, AuditActions.OpinionRecorded, $"{OpinionRules.Number(number)} {Source}");
    }

    private static Failure? AsSecretaryOrLead(Meeting meeting, Actor actor) =>
        Access.AsSecretaryOrLead(meeting, actor) is { } refusal && refusal.Code == FailureCodes.SecretaryOrLeadOnly
            ? refusal with { Code = FailureCodes.OpinionRecordSecretaryOrLead }
            : Access.AsSecretaryOrLead(meeting, actor);
}
