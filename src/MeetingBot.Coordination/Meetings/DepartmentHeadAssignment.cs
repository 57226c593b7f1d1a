namespace MeetingBot.Coordination.Meetings;

/// <summary>A department head and the member who oversees the department (分管), so the two are paired for a talk.</summary>
public sealed record DepartmentHeadAssignment(string MemberId, Person Head, string? Department);
