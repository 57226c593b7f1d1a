namespace MeetingBot.Coordination.CriticismOutlines;

/// <summary>One point of criticism: the aspect it falls under (an id from the template, if known), the point and its concrete example.</summary>
public sealed record OutlinePoint(string? AspectId, string Text, string? Example);
