using MeetingBot.Coordination.People;

namespace MeetingBot.People;

/// <summary>One entry of <c>Directory:Administrators</c>: a name, and the phone or Teams id that tells whether he is already in the directory.</summary>
public sealed class AdministratorOptions
{
    public string Name { get; set; } = string.Empty;
    public string? Unit { get; set; }
    public string? Title { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }

    /// <summary>The Entra (AAD) object id, for an administrator who works in Microsoft Teams.</summary>
    public string? TeamsAadObjectId { get; set; }

    public AdministratorEntry ToEntry() => new(Name, Unit, Title, Phone, Email, TeamsAadObjectId);
}
