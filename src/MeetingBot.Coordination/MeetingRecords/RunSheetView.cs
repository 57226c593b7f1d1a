namespace MeetingBot.Coordination.MeetingRecords;

/// <summary>The run sheet as one viewer may see it: the meeting's time and place and the items in order.</summary>
public sealed record RunSheetView(string MeetingId, string Theme, string Place, DateTime LocalStart, string TimeZoneId, IReadOnlyList<RunSheetItem> Items);
