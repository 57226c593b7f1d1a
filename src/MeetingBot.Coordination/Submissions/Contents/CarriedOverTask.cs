namespace MeetingBot.Coordination.Submissions.Contents;

/// <summary>A rectification task of the previous meeting, reviewed at the opening (回头看).</summary>
public sealed record CarriedOverTask(string Task, string OwnerName, bool Completed, string? Note);
