using MeetingBot.Coordination.Readiness;

namespace MeetingBot.Coordination.Status;

/// <summary>One person's <c>my tasks</c>/<c>我的任务</c>: what is open (soonest first), what is done, and what waits on him.</summary>
/// <param name="DisclosedToMe">Approved outlines about him he can read in advance.</param>
/// <param name="AwaitingMyReview">For the lead: submissions waiting for his review.</param>
public sealed record PersonalTaskList(string UserId, IReadOnlyList<ObligationLine> Open, IReadOnlyList<ObligationLine> Done, int DisclosedToMe, int AwaitingMyReview);
