using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Templates;

/// <summary>
/// One of the aspects criticism must cover, e.g. 党性强不强. The keywords let a pasted point be sorted under its
/// aspect when the author did not say which.
/// </summary>
public sealed record CriticismAspect(string Id, BilingualText Name, IReadOnlyList<string> Keywords);
