namespace MeetingBot.Coordination.Templates;

/// <summary>A deliverable every owner must have completed before the meeting may be confirmed.</summary>
public sealed record RequiredDeliverable(string DeliverableId, Completion Completion);
