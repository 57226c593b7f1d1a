using MeetingBot.Coordination.Submissions.Contents;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// Reads the collective material from pasted text with labelled lines (问题/典型事例/根源/努力方向/整改措施 or their
/// English labels). Unlabelled lines continue the section above; completeness is the domain's to judge.
/// </summary>
public static class MaterialText
{
    private enum Section { Problem, Case, Causes, Direction, Measure }

    private static readonly (string Label, Section Section)[] Labels =
    [
        ("典型事例", Section.Case), ("事例", Section.Case), ("typical case", Section.Case), ("case", Section.Case),
        ("问题", Section.Problem), ("problem", Section.Problem),
        ("根源", Section.Causes), ("原因", Section.Causes), ("root causes", Section.Causes), ("causes", Section.Causes),
        ("努力方向", Section.Direction), ("方向", Section.Direction), ("direction", Section.Direction),
        ("整改措施", Section.Measure), ("措施", Section.Measure), ("measure", Section.Measure),
    ];

    public static ExaminationMaterial Read(string text)
    {
        var problems = new List<(string Description, string Case)>();
        var causes = new List<string>();
        var direction = new List<string>();
        var measures = new List<string>();
        var section = Section.Problem;
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (labelled, line) = Split(raw);
            section = labelled ?? section;
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

        return new ExaminationMaterial(
            [.. problems.Select(p => new ExaminedProblem(null, p.Description, p.Case))],
            causes.Count == 0 ? null : string.Join("\n", causes),
            direction.Count == 0 ? null : string.Join("\n", direction),
            measures, null);
    }

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
}
