namespace MeetingBot.Coordination.MeetingRecords;

/// <summary>The minutes of one member as they now stand: his self-criticism, the criticism he received and his response.</summary>
public sealed record MemberMinutes(string MemberId, string Name, string? SelfCriticism, IReadOnlyList<ReceivedCriticism> Criticisms, string? Response)
{
    public bool IsEmpty => SelfCriticism is null && Criticisms.Count == 0 && Response is null;
}
