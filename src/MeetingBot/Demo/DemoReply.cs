using MeetingBot.BotFramework.Schema;

namespace MeetingBot.Demo;

/// <summary>The bot's replies to one message, with the checks the script makes on them.</summary>
public sealed record DemoReply(string Said, IReadOnlyList<Activity> Activities)
{
    /// <summary>Everything the person reads: the messages' text and the cards' text blocks.</summary>
    public string Text => string.Join('\n', Activities
        .SelectMany(a => (IEnumerable<string?>)[a.Text, .. (a.Attachments ?? []).SelectMany(DemoCards.Texts)])
        .Where(t => !string.IsNullOrEmpty(t)));

    public IReadOnlyList<Attachment> Files => [.. Activities.SelectMany(a => a.Attachments ?? []).Where(a => a.ContentUrl is not null)];

    /// <summary>This reply, if it says <paramref name="expected"/>; otherwise the step fails, naming both.</summary>
    public DemoReply Expect(string expected) =>
        Text.Contains(expected, StringComparison.Ordinal)
            ? this
            : throw new DemoStepFailedException($"对“{Said}”期待答复包含“{expected}”，实际：{(Text.Length == 0 ? "（无答复）" : Text)}");
}
