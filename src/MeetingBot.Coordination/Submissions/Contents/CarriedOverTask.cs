namespace MeetingBot.Coordination.Submissions.Contents;

/// <summary>
/// A rectification task of the previous meeting, reviewed at the opening (回头看): done, in progress or not done,
/// with the evidence or the latest progress. <paramref name="Progress"/> is absent on reviews stored before it
/// existed, which knew only done or not.
/// </summary>
public sealed record CarriedOverTask(string Task, string OwnerName, bool Completed, string? Note, CarriedOverProgress? Progress = null)
{
    public CarriedOverProgress Standing => Progress ?? (Completed ? CarriedOverProgress.Done : CarriedOverProgress.NotDone);
}
