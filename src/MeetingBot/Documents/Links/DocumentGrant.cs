namespace MeetingBot.Documents.Links;

/// <summary>What a download link grants: one version of one stored document, to one viewer, until a moment.</summary>
public sealed record DocumentGrant(string DocumentKey, int Version, string ViewerId, DateTimeOffset ExpiresAt);
