using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Reviews;

/// <summary>A finding of a pre-review (an outline's or a self-examination material's), worded for the author and the lead.</summary>
public interface IPreReviewFlag
{
    BilingualText Text { get; }
}
