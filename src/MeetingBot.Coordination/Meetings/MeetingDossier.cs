using MeetingBot.Coordination.CollectiveMaterials;
using MeetingBot.Coordination.MeetingRecords;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Coordination.Rectification;
using MeetingBot.Coordination.Reports;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Talks;

namespace MeetingBot.Coordination.Meetings;

/// <summary>
/// Everything stored for one meeting, as the storage layer reads it (all of a meeting's documents at once):
/// the header and every deliverable document. Readiness, status, tasks and the review queue are computed from it.
/// Documents of another meeting are ignored, so a sloppy read can never leak into the wrong meeting.
/// </summary>
public sealed record MeetingDossier(
    Meeting Meeting,
    IReadOnlyList<Submission> Submissions,
    IReadOnlyList<TalkRecord> TalkRecords,
    CollectiveMaterial? CollectiveMaterial,
    IReadOnlyList<MaterialComment> MaterialComments)
{
    public IReadOnlyList<Submission> Submissions { get; init; } = [.. (Submissions ?? []).Where(s => s.MeetingId == Meeting.Id)];

    public IReadOnlyList<TalkRecord> TalkRecords { get; init; } = [.. (TalkRecords ?? []).Where(t => t.MeetingId == Meeting.Id)];

    public CollectiveMaterial? CollectiveMaterial { get; init; } = CollectiveMaterial?.MeetingId == Meeting.Id ? CollectiveMaterial : null;

    public IReadOnlyList<MaterialComment> MaterialComments { get; init; } = [.. (MaterialComments ?? []).Where(c => c.MeetingId == Meeting.Id)];

    /// <summary>The minutes, once the secretary recorded anything (another meeting's are ignored).</summary>
    public MeetingMinutes? Minutes
    {
        get;
        init => field = value?.MeetingId == Meeting.Id ? value : null;
    }

    /// <summary>The special report's versions, reviews and deliveries, once submitted.</summary>
    public ReportCirculation? Report
    {
        get;
        init => field = value?.MeetingId == Meeting.Id ? value : null;
    }

    /// <summary>The rectification list, once the first task was added.</summary>
    public RectificationList? Rectification
    {
        get;
        init => field = value?.MeetingId == Meeting.Id ? value : null;
    }

    /// <summary>The opinions collected for the meeting (征求意见), once the office opened or recorded any.</summary>
    public OpinionCollection? Opinions
    {
        get;
        init => field = value?.MeetingId == Meeting.Id ? value : null;
    }

    public static MeetingDossier Of(Meeting meeting) => new(meeting, [], [], null, []);
}
