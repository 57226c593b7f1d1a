using System.Globalization;
using System.Text;
using MeetingBot.BotFramework.Cards;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Talks;
using MeetingBot.Coordination.Templates;
using MeetingBot.Localization;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// The talk plan as a list of pairs and a coverage matrix: as text everywhere, and as an Adaptive Card (one fact
/// per person) where cards render. Names and states only, never what was said, so it may be shown in the team.
/// </summary>
public static class TalkPlanReply
{
    public static IReadOnlyList<Activity> For(Meeting meeting, TalkPlan plan, TalkCoverage coverage, UserLocale locale, string? channelId)
    {
        var heading = SetupTexts.TalkPlanHeading.In(locale, MarkdownEscape.Text(meeting.Theme), coverage.Planned, coverage.Confirmed);
        var text = new StringBuilder().AppendLine(heading);
        var number = 0;
        foreach (var talk in plan.Talks)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{++number}. {meeting.NameOf(talk.Pair.First)} — {meeting.NameOf(talk.Pair.Second)} ({Why(talk, locale)})");
        }

        // One row per person, name first, marks after it: a phone's chat drops leading spaces, so a grid of columns under
        // numbers cannot line up there (found in a trial); and "1. " at a line's start is a Markdown list, which a card
        // renders as 1. on every row, hence the full-width 1． (1) in English).
        var columns = SetupTexts.CoverageColumns.In(locale, coverage.Rows.Count);
        text.AppendLine().AppendLine(SetupTexts.CoverageHeading.In(locale)).AppendLine(columns);
        var rows = coverage.Rows.Select((row, i) => (Title: SetupTexts.CoverageRowTitle.In(locale, i + 1, row.Name), Cells: Cells(row, i))).ToList();
        foreach (var (title, cells) in rows)
        {
            text.AppendLine(SetupTexts.CoverageRow.In(locale, title, cells));
        }

        var replies = new List<Activity> { Activity.CreateMessage(text.ToString().TrimEnd()) };
        if (ChannelCapabilities.RendersAdaptiveCards(channelId))
        {
            var card = new AdaptiveCard(text.ToString())
                .Title(heading)
                .Text(SetupTexts.CoverageHeading.In(locale) + " " + columns, subtle: true)
                .Facts(rows.Select(r => (r.Title, r.Cells)));
            replies.Add(new Activity { Type = ActivityTypes.Message, Attachments = [card.ToAttachment()] });
        }

        return replies;
    }

    private static string Cells(TalkCoverageRow row, int self) =>
        string.Join(' ', row.Cells.Select((cell, column) => column == self ? "—" : Symbol(cell)));

    private static string Symbol(TalkProgress progress) => progress switch
    {
        TalkProgress.Confirmed => "●",
        TalkProgress.Recorded => "◐",
        TalkProgress.Planned => "○",
        TalkProgress.Disputed => "✕",
        _ => "·",
    };

    private static string Why(PlannedTalk talk, UserLocale locale) =>
        talk.AddedBySecretary
            ? SetupTexts.RuleAddedBySecretary.In(locale)
            : string.Join(locale == UserLocale.En ? "; " : "；", talk.Rules.Select(rule => rule switch
            {
                PairingRule.LeadWithEachMember => SetupTexts.RuleLeadWithMember.In(locale),
                PairingRule.MembersWithEachOther => SetupTexts.RuleMembersWithEachOther.In(locale),
                _ => SetupTexts.RuleMemberWithHead.In(locale),
            }));
}
