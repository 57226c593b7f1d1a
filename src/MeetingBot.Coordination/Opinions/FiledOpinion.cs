namespace MeetingBot.Coordination.Opinions;

/// <summary>
/// An opinion as it stands in a member's problem list (群众提、上级点、集体议): its number in the collection, the
/// template's source id, what it says and his answer once given. Never the name the writer signed with: the member
/// reads what was said about him, not who said it.
/// </summary>
public sealed record FiledOpinion(int Number, string SourceId, string Text, OpinionAnswer? Answer)
{
    public static FiledOpinion Of(Opinion opinion) => new(opinion.Number, OpinionSources.IdOf(opinion.Source), opinion.Text, opinion.Answer);
}
