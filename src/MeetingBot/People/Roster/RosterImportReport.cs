using System.Text;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.People;
using MeetingBot.Localization;
using MeetingBot.Meetings;

namespace MeetingBot.People.Roster;

/// <summary>What an import did, or why it did nothing, in the user's language: every refused row with its reason.</summary>
public sealed record RosterImportReport(RosterImport? Import, Failure? Failure, LocalText? Unread)
{
    public bool Succeeded => Failure is null && Unread is null;

    /// <param name="skipHint">How to import the other rows where the user is (a chat command or a CLI option).</param>
    public string Text(UserLocale locale, string skipHint)
    {
        if (Unread is { } unread)
        {
            return unread.In(locale);
        }

        var text = new StringBuilder();
        var refused = Import?.Refused ?? [];
        if (Failure is { } failure)
        {
            text.Append(FailureReply.For(failure, locale));
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
            text.Append("\n- ").Append(locale == UserLocale.En ? refusal.Text.En : refusal.Text.ZhCn);
        }

        if (Failure is not null)
        {
            text.Append("\n\n").Append(skipHint);
        }

        return text.ToString();
    }
}
