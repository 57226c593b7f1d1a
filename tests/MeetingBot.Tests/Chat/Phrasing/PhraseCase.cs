namespace MeetingBot.Tests.Chat.Phrasing;

/// <summary>One row of the phrase corpus.</summary>
public sealed record PhraseCase(string Said, string CommandId, string Argument)
{
    /// <summary>Chinese rows are sent as a zh-CN user types them; the rest in English.</summary>
    public bool IsChinese => Said.Any(c => c is >= '\u4E00' and <= '\u9FFF');

    public string Locale => IsChinese ? "zh-CN" : "en-US";

    public override string ToString() => $"{Said} → {CommandId} [{Argument}]";
}
