namespace MeetingBot.Coordination.MeetingRecords;

/// <summary>Criticism one member received in the meeting, with who raised it.</summary>
public sealed record ReceivedCriticism(string FromId, string FromName, string Text);
