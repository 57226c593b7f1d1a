using System.Globalization;
using System.Text;
using MeetingBot.Coordination.People;
using MeetingBot.Coordination.Texts;
using MeetingBot.People;

namespace MeetingBot.Chat.Administration;

/// <summary>管理员 人员 [页码]: everyone, by unit and name, with the label that tells same-name people apart, a page at a time.</summary>
public sealed class ListPeople(PeopleDirectoryStore store) : IAdministrationAction
{
    public const int PageSize = 30;

    public IReadOnlyList<string> Words { get; } = ["人员", "名录", "people", "list"];

    public async Task RunAsync(AdministrationTurn turn, CancellationToken cancellationToken)
    {
        var people = (await store.GetAsync(cancellationToken)).People
            .OrderBy(p => p.Unit ?? string.Empty, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        if (people.Count == 0)
        {
            await turn.ReplyAsync(AdministrationTexts.NobodyYet, cancellationToken);
            return;
        }

        var pages = (people.Count + PageSize - 1) / PageSize;
        var page = int.TryParse(turn.Argument, NumberStyles.None, CultureInfo.InvariantCulture, out var asked) ? Math.Clamp(asked, 1, pages) : 1;
        var text = new StringBuilder(AdministrationTexts.PeopleHeading.In(turn.Locale, people.Count, page, pages));
        var number = (page - 1) * PageSize;
        foreach (var person in people.Skip(number).Take(PageSize))
        {
            text.Append('\n').Append(++number).Append(". ").Append(MarkdownEscape.Text(person.Label));
            if (person.Phone is { } phone)
            {
                text.Append(' ').Append(MarkdownEscape.Text(phone));
            }

            if (person.Roles.Count > 0)
            {
                text.Append(" [").AppendJoin("、", person.Roles.Select(turn.RoleName)).Append(']');
            }
        }

        if (page < pages)
        {
            text.Append("\n\n").Append(AdministrationTexts.NextPage.In(turn.Locale, page + 1));
        }

        await turn.ReplyAsync(text.ToString(), cancellationToken);
    }
}
