namespace MeetingBot.Coordination.Talks;

/// <summary>
/// Two people who talk, in a fixed order (ordinal by user id) so that "A with B" and "B with A" are the same
/// pair and the same document (<see cref="Meetings.DocumentId.TalkRecord"/>).
/// </summary>
public sealed record TalkPairKey(string First, string Second)
{
    public static TalkPairKey Of(string one, string other) =>
        string.CompareOrdinal(one, other) <= 0 ? new TalkPairKey(one, other) : new TalkPairKey(other, one);

    public bool Includes(string userId) => First == userId || Second == userId;

    /// <summary>The other party, for one of the two.</summary>
    public string OtherThan(string userId) => First == userId ? Second : First;

    public override string ToString() => First + "+" + Second;
}
