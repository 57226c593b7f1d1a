namespace MeetingBot.Coordination.Meetings;

/// <summary>
/// Who is acting, as the chat front authenticated them: the user id, display name and tenant of the turn.
/// Every command and query takes one, so permissions are decided here and never in the front.
/// </summary>
public sealed record Actor(string UserId, string Name, string TenantId);
