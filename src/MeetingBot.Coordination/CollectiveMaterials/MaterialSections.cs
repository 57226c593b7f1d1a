using System.Globalization;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;

namespace MeetingBot.Coordination.CollectiveMaterials;

/// <summary>
/// The collective material written section by section: as labelled lines (问题/典型事例/根源/努力方向/整改措施 or
/// their English labels; unlabelled lines continue the section above), or as the four fields of a form. Labelled
/// text changes only the sections it names, so the lead may send one section at a time. Completeness is judged by
/// <see cref="ContentRules.CheckMaterial"/>, not here.
/// </summary>
public static class MaterialSections
{
    private enum Section { Problem, Case, Causes, Direction, Measure }

    private static readonly (string Label, Section Section)[] Labels =
    [
        ("典型事例", Section.Case), ("事例", Section.Case), ("typical case", Section.Case), ("case", Section.Case),
        ("问题", Section.Problem), ("problem", Section.Problem),
        ("根源", Section.Causes), ("原因", Section.Causes), ("root causes", Section.Causes), ("causes", Section.Causes),
        ("努力方向", Section.Direction), ("方向", Section.Direction), ("direction", Section.Direction),
        ("整改措施", Section.Measure), ("措施", Section.Measure), ("measures", Section.Measure), ("measure", Section.Measure),
    ];

    private static readonly string[] CaseMarkers = ["典型事例", "事例", "例如", "比如", "e.g.", "for example", "——"];
    private static readonly char[] Edge = [' ', '，', ',', '。', '；', ';', '：', ':', '（', '(', '）', ')'];

    /// <summary>True when some line of the text starts with a section label (根源：…).</summary>
    public static bool IsLabelled(string text) =>
        text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.TrimEntries).Any(line => Split(line).Section is not null);

    /// <summary>The whole material from labelled text.</summary>
    public static ExaminationMaterial Read(string text) => Merge(null, text);

    /// <summary>The current material with the sections named in <paramref name="text"/> replaced; an uploaded document gives way to typed text.</summary>
    public static ExaminationMaterial Merge(ExaminationMaterial? current, string text)
    {
        var problems = new List<(string Description, string Case)>();
        var causes = new List<string>();
        var direction = new List<string>();
        var measures = new List<string>();
        var named = new HashSet<Section>();
        var section = Section.Problem;
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (labelled, line) = Split(raw);
            section = labelled ?? section;
            named.Add(section == Section.Case ? Section.Problem : section);
            switch (section)
            {
                case Section.Problem when labelled is not null || problems.Count == 0:
                    problems.Add((line, string.Empty));
                    break;
                case Section.Problem:
                    problems[^1] = (Join(problems[^1].Description, line), problems[^1].Case);
                    break;
                case Section.Case when problems.Count == 0:
                    problems.Add((string.Empty, line));
                    break;
                case Section.Case:
                    problems[^1] = (problems[^1].Description, Join(problems[^1].Case, line));
                    break;
                case Section.Causes:
                    causes.Add(line);
                    break;
                case Section.Direction:
                    direction.Add(line);
                    break;
                case Section.Measure:
                    measures.Add(line);
                    break;
            }
        }

        var typed = current?.Document is null ? current : null;
        return new ExaminationMaterial(
            named.Contains(Section.Problem) ? [.. problems.Select(p => new ExaminedProblem(null, p.Description, p.Case))] : typed?.Problems ?? [],
            named.Contains(Section.Causes) ? string.Join("\n", causes) : typed?.RootCauses,
            named.Contains(Section.Direction) ? string.Join("\n", direction) : typed?.Direction,
            named.Contains(Section.Measure) ? [.. measures.SelectMany(m => PastedList.Parse(m).Points)] : typed?.Measures ?? [],
            null);
    }

    /// <summary>
    /// The material from a form's four multi-line fields: problems one per item (a typical case after 例如 / 典型事例),
    /// root causes and direction as written, measures one per item.
    /// </summary>
    public static ExaminationMaterial FromFields(string? problems, string? rootCauses, string? direction, string? measures) =>
        new([.. PastedList.Parse(problems).Points.Select(Problem)], Blank(rootCauses), Blank(direction), PastedList.Parse(measures).Points, null);

    /// <summary>The four fields for a form prefilled with the material, in the shape <see cref="FromFields"/> reads back.</summary>
    public static (string Problems, string RootCauses, string Direction, string Measures) ToFields(ExaminationMaterial? material) =>
        material is null || material.Document is not null ? (string.Empty, string.Empty, string.Empty, string.Empty)
            : (Numbered(material.Problems.Select(p => p.TypicalCase.Length == 0 ? p.Description : $"{p.Description}，典型事例：{p.TypicalCase}")),
                material.RootCauses ?? string.Empty, material.Direction ?? string.Empty, Numbered(material.Measures));

    private static ExaminedProblem Problem(string item)
    {
        var hit = CaseMarkers.Select(m => (Marker: m, Index: item.IndexOf(m, StringComparison.OrdinalIgnoreCase)))
            .Where(h => h.Index > 0).OrderBy(h => h.Index).ThenByDescending(h => h.Marker.Length).FirstOrDefault();
        return hit.Marker is null
            ? new ExaminedProblem(null, item.Trim(), string.Empty)
            : new ExaminedProblem(null, item[..hit.Index].Trim().Trim(Edge), item[(hit.Index + hit.Marker.Length)..].Trim().Trim(Edge));
    }

    private static string Numbered(IEnumerable<string> items) =>
        string.Join("\n", items.Select((item, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {item}")));

    private static (Section? Section, string Text) Split(string line)
    {
        foreach (var (label, section) in Labels)
        {
            if (line.StartsWith(label, StringComparison.OrdinalIgnoreCase) && line.Length > label.Length && line[label.Length] is '：' or ':')
            {
                return (section, line[(label.Length + 1)..].Trim());
            }
        }

        return (null, line);
    }

    private static string Join(string first, string second) => string.IsNullOrEmpty(first) ? second : first + "\n" + second;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
