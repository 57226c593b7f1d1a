using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Coordination.Templates;

/// <summary>
/// Who reviews an item handed in by a holder of <paramref name="Author"/> (template <c>reviewers:</c>): the roles whose
/// holders may review it. The first is whom it goes to; the others are whom a reviewer may hand it to (转交).
/// E.g. the lead's own material goes to the supervisors (督导组), never to the lead himself.
/// </summary>
public sealed record ReviewerRule(Role Author, IReadOnlyList<Role> Reviewers);
