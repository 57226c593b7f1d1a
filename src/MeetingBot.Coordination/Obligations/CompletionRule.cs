using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Obligations;

/// <summary>Whether a progress counts as done for a required completion. A returned or disputed item is never done.</summary>
public static class CompletionRule
{
    public static bool IsMet(Progress progress, Completion required) => required switch
    {
        Completion.Submitted => progress is Progress.Submitted or Progress.Resubmitted or Progress.Approved
            or Progress.Recorded or Progress.Confirmed or Progress.Circulated or Progress.Finalised,
        Completion.Approved => progress == Progress.Approved,
        Completion.Confirmed => progress == Progress.Confirmed,
        Completion.Finalised => progress == Progress.Finalised,
        _ => false,
    };
}
