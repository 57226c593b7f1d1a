namespace MeetingBot.Tests.Reliability;

/// <summary>What a corpus case must get back; every case also must leave the meetings' stored state unchanged.</summary>
public static class Expectations
{
    /// <summary>Refused before any turn runs: 400, 401, 403 or 413 with the protocol's error body.</summary>
    public const string Rejected = "rejected";

    /// <summary>A turn ran and answered in words (or a card): 200 with at least one reply, never the apology for a crash.</summary>
    public const string Answered = "answered";

    /// <summary>A turn ran; the protocol allows it to say nothing (events, updates nobody handles). Never the crash apology.</summary>
    public const string Accepted = "accepted";

    /// <summary>An invoke: answered by its status (200 with a body, 400 with an error body, 501 unknown), never 5xx otherwise.</summary>
    public const string Invoke = "invoke";

    /// <summary>Generated mutations: either rejected as above or run as a turn as above; which one is the parser's call.</summary>
    public const string RejectedOrHandled = "rejected-or-handled";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Rejected, Answered, Accepted, Invoke, RejectedOrHandled };
}
