using System.Text.Json.Serialization;

namespace MeetingBot.Coordination.Submissions;

/// <summary>draft → submitted → returned (with comment) → resubmitted (a new version) → approved; withdrawn by the author while pending.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SubmissionState>))]
public enum SubmissionState
{
    /// <summary>Being written; only the author sees it and may change it.</summary>
    Draft,

    /// <summary>Handed in as version 1 (or, for what needs no review, as its latest version).</summary>
    Submitted,

    /// <summary>The lead returned it with a comment; the author revises a new draft.</summary>
    Returned,

    /// <summary>Handed in again after a return, as a new version.</summary>
    Resubmitted,

    /// <summary>The lead approved the latest version; it is final.</summary>
    Approved,

    /// <summary>The author took it back before the lead decided (撤回); it is his draft again.</summary>
    Withdrawn,
}
