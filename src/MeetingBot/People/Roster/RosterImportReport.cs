using System.Text;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.People;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;

namespace MeetingBot.People.Roster;

/// <summary>What an import did, or why it did nothing, in the user's language: every refused row with its reason.</summary>
public sealed record RosterImportReport(RosterImport? Import, Failure? Failure, LocalText? Unread)
{
    public bool Succeeded => Failure is null && Unread is null;

    /// <summary>For a chat message (Markdown): the refused cells' contents are escaped and show as typed.</summary>
    /// <param name="skipHint">How to import the other rows (the chat command).</param>
    public string Text(UserLocale locale, string skipHint) => Compose(locale, skipHint, chat: true);

    /// <summary>For the command line, as plain text.</summary>
    public string PlainText(UserLocale locale, string skipHint) => Compose(locale, skipHint, chat: false);

    private string Compose(UserLocale locale, string skipHint, bool chat)
    {
        if (Unread is { } unread)
        {
            return unread.In(locale);
        }

        var text = new StringBuilder();
        var refused = Import?.Refused ?? [];
        if (Failure is { } failure)
        {
            text.Append(chat ? FailureReply.For(failure, locale) : FailureReply.Plain(failure, locale));
            if (failure.Code != FailureCodes.RosterRefused)
            {
                return text.ToString();
            }

            text.Append('\n').Append(RosterTexts.RefusedRows.In(locale));
        }
        else
        {
            text.Append(RosterTexts.Imported.In(locale, Import!.Added.Count, Import.Updated.Count, Import.Unchanged));
            if (refused.Count > 0)
            {
                text.Append('\n').Append(RosterTexts.SkippedRows.In(locale, Import.RefusedRows));
            }
        }

        foreach (var refusal in refused)
        {
            // The line quotes the refused cell: in chat it is escaped as a whole (the wording around it has no markup).
            var line = locale == UserLocale.En ? refusal.Text.En : refusal.Text.ZhCn;
            text.Append("\n- ").Append(chat ? MarkdownEscape.Text(line) : line);
        }

        if (Failure is not null)
        {
            text.Append("\n\n").Append(skipHint);
        }

        return text.ToString();
    }
}
