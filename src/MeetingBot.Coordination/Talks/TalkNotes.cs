namespace MeetingBot.Coordination.Talks;

/// <summary>
/// What was said in one heart-to-heart talk, from the recorder's side: the opinions each gave the other, the
/// suggestions, and whether the differences were resolved (把矛盾和问题解决在会前).
/// </summary>
public sealed record TalkNotes(
    DateOnly HeldOn,
    string OpinionsGivenByRecorder,
    string OpinionsGivenByOther,
    string Suggestions,
    bool DifferencesResolved);
