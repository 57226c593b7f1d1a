namespace MeetingBot.Chat.Bench;

/// <summary>
/// Section <c>Bench</c>: the reference dialog that tests/bench drives against the botbuilder-js peer
/// (tests/bench/SdkPeer). Off in every real deployment; the benchmark turns it on for the process it starts.
/// </summary>
public sealed class BenchOptions
{
    public const string SectionName = "Bench";

    /// <summary>When true, <c>bench</c> starts <see cref="BenchDialog"/> (and help lists it).</summary>
    public bool Dialog { get; set; }
}
