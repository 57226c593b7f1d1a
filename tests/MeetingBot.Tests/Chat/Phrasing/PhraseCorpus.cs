namespace MeetingBot.Tests.Chat.Phrasing;

/// <summary>phrases.tsv: what people type, and the command (id) and argument it must be understood as.</summary>
public static class PhraseCorpus
{
    public static IReadOnlyList<PhraseCase> Cases { get; } =
    [
        .. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Chat", "Phrasing", "phrases.tsv"))
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(f => new PhraseCase(f[0], f[1], f.Length > 2 ? f[2] : string.Empty)),
    ];
}
