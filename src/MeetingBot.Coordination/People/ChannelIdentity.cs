namespace MeetingBot.Coordination.People;

/// <summary>One id a person has on a channel or identity provider; <see cref="Kind"/> is one of <see cref="IdentityKinds"/>.</summary>
public sealed record ChannelIdentity(string Kind, string Id);
