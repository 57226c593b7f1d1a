using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Submissions;

/// <summary>
/// One problem as people write it: "形式主义：文山会海，例如上半年开会二十余次（群众提）", the table row
/// "类别｜表现｜事例｜来源｜认账", or under a category heading only "表现，典型事例：…". What is not there stays empty
/// (the category as "" or as typed when unknown) so that the author is asked for it; no source means found by oneself.
/// </summary>
public static class ProblemItemText
{
    public const string DefaultSource = "self";

    private static readonly char[] Separators = ['|', '｜'];
    private static readonly string[] DisputeWords = ["有异议", "异议", "不准确", "disputed", "dispute"];
    private static readonly string[] AcknowledgeWords = ["主动认账", "认账", "acknowledged"];
    private static readonly string[] CaseMarkers = ["典型事例", "事例", "例如", "比如", "如：", "e.g.", "for example", "typical case", "——"];
    private static readonly string[] ManifestationLabels = ["具体表现", "表现", "manifestation"];
    private static readonly string[] SourceLabels = ["来源", "source"];
    private static readonly char[] Edge = [' ', '，', ',', '。', '.', '；', ';', '：', ':', '、', '（', '(', '）', ')'];

    public static ProblemItem Read(string text, string? headingCategory, ProcessTemplate template) =>
        text.IndexOfAny(Separators) >= 0 ? Row(text, headingCategory, template) : Sentence(text, headingCategory, template);

    /// <summary>"异议：说明" / "不准确 说明" / "认账": the answer, with the note when disputed; null when none is written.</summary>
    public static (ProblemAcknowledgement Answer, string? Note)? Answer(string text)
    {
        var trimmed = text.Trim();
        var dispute = DisputeWords.FirstOrDefault(w => trimmed.StartsWith(w, StringComparison.OrdinalIgnoreCase));
        if (dispute is not null)
        {
            var note = trimmed[dispute.Length..].Trim(Edge);
            return (ProblemAcknowledgement.Disputed, note.Length > 0 ? note : null);
        }

        return AcknowledgeWords.Any(w => trimmed.Equals(w, StringComparison.OrdinalIgnoreCase)) ? (ProblemAcknowledgement.Acknowledged, null) : null;
    }

    public static string Clean(string text) => text.Trim().Trim(Edge).Trim();

    private static ProblemItem Row(string text, string? headingCategory, ProcessTemplate template)
    {
        var fields = text.Split(Separators, StringSplitOptions.TrimEntries).ToList();
        var first = ProblemNames.Category(fields[0], template);
        string category;
        if (first is not null || headingCategory is null)
        {
            category = first ?? fields[0];
            fields.RemoveAt(0);
        }
        else
        {
            category = headingCategory;
        }

        string Field(int i) => i < fields.Count ? fields[i] : string.Empty;
        var source = Field(2).Length == 0 ? DefaultSource : ProblemNames.Source(Field(2), template) ?? Field(2);
        var answer = Answer(Field(3)) ?? (ProblemAcknowledgement.Acknowledged, null);
        return new ProblemItem(category, Clean(Field(0)), Clean(Field(1)), source, answer.Answer, answer.Note);
    }

    private static ProblemItem Sentence(string text, string? headingCategory, ProcessTemplate template)
    {
        var rest = text.Trim();
        var category = headingCategory;

        // "形式主义：…" or "【形式主义】…": a category named before the text.
        if (Prefix(rest) is { } prefix && ProblemNames.Category(prefix.Label, template) is { } named)
        {
            (category, rest) = (named, prefix.Remainder);
        }

        var (answer, note) = (ProblemAcknowledgement.Acknowledged, (string?)null);
        // Only a marked dispute ("异议：…", "不准确: …", or the word closing the item): "数据不准确" may be the problem itself.
        var disputeAt = DisputeWords.Select(w => (Word: w, Index: rest.IndexOf(w, StringComparison.OrdinalIgnoreCase)))
            .Where(h => h.Index > 0 && Marked(rest, h.Index + h.Word.Length)).OrderBy(h => h.Index).FirstOrDefault();
        if (disputeAt.Word is not null)
        {
            (answer, note) = Answer(rest[disputeAt.Index..])!.Value;
            rest = rest[..disputeAt.Index];
        }

        foreach (var word in AcknowledgeWords)
        {
            rest = rest.Replace("（" + word + "）", "", StringComparison.Ordinal).Replace("(" + word + ")", "", StringComparison.Ordinal);
        }

        var source = DefaultSource;
        if (Labelled(rest, SourceLabels) is { } labelled)
        {
            source = ProblemNames.Source(labelled.Value, template) ?? Clean(labelled.Value);
            rest = rest[..labelled.Index];
        }
        else if (ProblemNames.SourceMentioned(rest, template) is { } mentioned)
        {
            source = mentioned.Id;
            rest = rest.Remove(mentioned.Index, mentioned.Length).Replace("（）", "", StringComparison.Ordinal).Replace("()", "", StringComparison.Ordinal);
        }

        var manifestation = rest;
        var typicalCase = string.Empty;
        var hit = CaseMarkers.Select(m => (Marker: m, Index: rest.IndexOf(m, StringComparison.OrdinalIgnoreCase)))
            .Where(h => h.Index >= 0).OrderBy(h => h.Index).ThenByDescending(h => h.Marker.Length).FirstOrDefault();
        if (hit.Marker is not null)
        {
            manifestation = rest[..hit.Index];
            typicalCase = rest[(hit.Index + hit.Marker.Length)..];
        }

        manifestation = Clean(manifestation);
        foreach (var label in ManifestationLabels)
        {
            if (manifestation.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                manifestation = Clean(manifestation[label.Length..]);
                break;
            }
        }

        category ??= ProblemNames.CategoryMentioned(manifestation, template) ?? string.Empty;
        return new ProblemItem(category, manifestation, Clean(typicalCase), source, answer, note);
    }

    private static bool Marked(string text, int after) =>
        after >= text.Length || text[after] is '：' or ':' || text[after..].Trim(Edge).Length == 0;

    /// <summary>The text before a first colon or inside leading brackets, when short enough to be a label.</summary>
    private static (string Label, string Remainder)? Prefix(string text)
    {
        if (text.Length > 2 && text[0] is '【' or '[')
        {
            var close = text.IndexOfAny(['】', ']']);
            if (close > 1)
            {
                return (text[1..close], text[(close + 1)..].Trim());
            }
        }

        var colon = text.IndexOfAny(['：', ':']);
        return colon is > 0 and <= 16 ? (text[..colon], text[(colon + 1)..].Trim()) : null;
    }

    /// <summary>"来源：上级点" anywhere in the text: where the label starts and what follows it.</summary>
    private static (int Index, string Value)? Labelled(string text, string[] labels)
    {
        foreach (var label in labels)
        {
            var index = text.IndexOf(label, StringComparison.OrdinalIgnoreCase);
            var after = index + label.Length;
            if (index >= 0 && after < text.Length && text[after] is '：' or ':')
            {
                var start = index > 0 && text[index - 1] is '（' or '(' ? index - 1 : index;
                return (start, text[(after + 1)..].Trim().TrimEnd('）', ')'));
            }
        }

        return null;
    }
}
