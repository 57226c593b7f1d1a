using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Submissions.Forms;

/// <summary>
/// Notes (a retrospective's went well / did not go well / ideas): one pasted text; a line ending with a colon
/// (<c>Went well:</c> / <c>做得好的：</c>) and carrying no list marker opens a section, and the lines under it, numbered
/// or one per line, are its points. Text without any heading gives one section without a heading.
/// </summary>
public sealed class NotesForm : ISubmissionForm
{
    public SubmissionKind Kind => SubmissionKind.Notes;

    public IReadOnlyList<string> Questions(ProcessTemplate template, string? targetName, UserLocale locale) =>
        [SubmissionTexts.NotesPoints.In(locale)];

    public SubmissionContent Build(IReadOnlyList<string> answers, ProcessTemplate template, DeliverableDefinition deliverable) =>
        new Notes(Sections(Numbered.At(answers, 0)));

    public string Summary(SubmissionContent content, ProcessTemplate template, UserLocale locale) =>
        string.Join("\n", ((Notes)content).Sections.Select(s =>
            s.Heading.Length == 0 ? Numbered.Lines(s.Points.Select(MarkdownEscape.Text)) : $"{MarkdownEscape.Text(s.Heading)}{(locale == UserLocale.En ? ":" : "：")}\n{Numbered.Lines(s.Points.Select(MarkdownEscape.Text))}"));

    public IReadOnlyList<string>? Inline(string remainder) => [remainder];

    /// <summary>The sections of the pasted text, each heading with the points below it; empty sections are dropped.</summary>
    public static IReadOnlyList<NoteSection> Sections(string text)
    {
        var sections = new List<NoteSection>();
        string heading = string.Empty;
        var block = new List<string>();

        void Close()
        {
            var list = PastedList.Parse(string.Join("\n", block));

            // Text above the first number under a heading is itself a point, never dropped.
            IReadOnlyList<string> points = list.Heading is { } above ? [above, .. list.Points] : list.Points;
            if (points.Count > 0)
            {
                sections.Add(new NoteSection(heading, points));
            }

            block.Clear();
        }

        foreach (var raw in (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (IsHeading(line))
            {
                Close();
                heading = line.TrimEnd(':', '：').Trim();
            }
            else if (line.Length > 0)
            {
                block.Add(line);
            }
        }

        Close();
        return sections;
    }

    private static bool IsHeading(string line) =>
        line.Length > 1 && (line.EndsWith(':') || line.EndsWith('：')) && PastedList.Parse(line).Points is [var only] && only == line;
}
