namespace MeetingBot.Coordination.MeetingRecords;

/// <summary>
/// One item of the run sheet: who speaks, about whom (for mutual criticism), and the speaker's reference when the
/// viewer may see it. <see cref="ReferenceReady"/> says whether the reference exists at all, which anyone may know.
/// </summary>
public sealed record RunSheetItem(
    int Number,
    RunSheetStep Step,
    string SpeakerId,
    string SpeakerName,
    string? SubjectId,
    string? SubjectName,
    bool ReferenceReady,
    RunSheetReference? Reference);
