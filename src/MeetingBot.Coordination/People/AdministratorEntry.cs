namespace MeetingBot.Coordination.People;

/// <summary>An administrator named in the service's configuration, to be in the directory from the first start.</summary>
public sealed record AdministratorEntry(string Name, string? Unit, string? Title, string? Phone, string? Email, string? TeamsAadObjectId);
