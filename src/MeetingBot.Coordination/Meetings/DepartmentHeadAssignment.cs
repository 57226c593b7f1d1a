namespace MeetingBot.Coordination.Meetings;

/// <summary>A department head and the member who oversees the department (分管), so the two are paired for a talk.</summary>
/// <remarks>The member comes with his name: a refusal (he is not a member) names him, and a stray has no other source of it.</remarks>
public sealed record DepartmentHeadAssignment(Person Member, Person Head, string? Department)
{
    public string MemberId => Member.UserId;
}
