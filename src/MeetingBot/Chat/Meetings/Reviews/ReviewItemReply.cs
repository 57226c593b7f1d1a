using MeetingBot.BotFramework.Cards;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using MeetingBot.Documents.Links;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// One queued item for the lead: a card with the content (only what <see cref="Visibility"/> allows), the
/// pre-review flags beside it, a comment field and approve / return buttons; or the same as numbered text. An
/// uploaded document comes as a file attachment whose contentUrl is the reader's own download link (and a download
/// button), its extracted text staying in the card as a preview.
/// </summary>
public static class ReviewItemReply
{
    /// <param name="link">The reader's download link to the item's document; null when there is none or he may not have one.</param>
    /// <param name="number">Its number in the lead's list (批准 N), or null for an item pushed on its own: its buttons act on it
    /// directly, and as text it tells the lead to look the number up in 待审.</param>
    /// <param name="intro">A first line (why it is sent), inside the card: Teams splits a message with text and a card in two.</param>
    public static Activity For(
        MeetingDossier dossier, ProcessTemplate template, Actor reader, ReviewQueueItem item, int? number, UserLocale locale, string? channelId, DocumentLink? link = null, string? intro = null)
    {
        var culture = locale == UserLocale.En ? "en" : "zh-CN";
        var reference = item.Reference is { } r ? ReviewReferenceText.Of(r, locale) : null;
        // The stable reference leads the title: it is what the lead types (批准 提纲7), and it never changes.
        var deliverable = reference is null ? item.DeliverableName.In(culture) : reference + " " + item.DeliverableName.In(culture);
        var title = (number, item.TargetName) switch
        {
            ({ } n, null) => ReviewTexts.ItemTitle.In(locale, n, deliverable, MarkdownEscape.Text(item.AuthorName), item.VersionNumber),
            ({ } n, { } target) => ReviewTexts.ItemTitleWithTarget.In(locale, n, deliverable, MarkdownEscape.Text(item.AuthorName), MarkdownEscape.Text(target), item.VersionNumber),
            (null, null) => ReviewTexts.PushedItemTitle.In(locale, deliverable, MarkdownEscape.Text(item.AuthorName), item.VersionNumber),
            (null, { } target) => ReviewTexts.PushedItemTitleWithTarget.In(locale, deliverable, MarkdownEscape.Text(item.AuthorName), MarkdownEscape.Text(target), item.VersionNumber),
        };
        var submission = dossier.Submissions.FirstOrDefault(s => s.Id == item.Id);
        var readable = submission is null ? null : Visibility.Read(dossier.Meeting, reader, submission, template);
        IReadOnlyList<string> content = readable is { IsSuccess: true } && readable.Value.Latest is { } latest
            ? ContentLines.Of(latest.Content, locale)
            : [];
        var flags = item.Flags.Select(f => "⚠ " + f.Text.In(culture)).ToList();
        var resubmitted = item.Resubmitted ? ReviewTexts.Resubmitted.In(locale) : null;
        if (item.HandedOnBy is { } handedOnBy)
        {
            // 转交: the new reviewer sees who handed it to him and why, beside the item.
            var handedOn = ReviewTexts.HandedOnLine.In(locale, MarkdownEscape.Text(handedOnBy), MarkdownEscape.Text(item.HandOnReason ?? string.Empty));
            resubmitted = resubmitted is null ? handedOn : resubmitted + "\n" + handedOn;
        }


        if (!ChannelCapabilities.RendersAdaptiveCards(channelId))
        {
            var lines = intro is null ? new List<string> { title } : [intro, title];
            if (resubmitted is not null)
            {
                lines.Add(resubmitted);
            }

            lines.AddRange(content);
            if (flags.Count > 0)
            {
                lines.Add(ReviewTexts.FlagsHeading.In(locale));
                lines.AddRange(flags);
            }

            if (link is not null)
            {
                lines.Add(ReviewTexts.DownloadLine.In(locale, MarkdownEscape.Text(link.FileName), link.Url.AbsoluteUri));
            }

            if (number is null)
            {
                lines.Add(reference is null ? ReviewTexts.ReplyFromTheList.In(locale) : ReviewTexts.ReplyByReference.In(locale, reference));
            }

            var message = Activity.CreateMessage(string.Join("\n", lines));
            message.Attachments = link is null ? null : [DocumentAttachment.Of(link)];
            return message;
        }

        var card = new AdaptiveCard(intro ?? title);
        if (intro is not null)
        {
            card.Text(intro);
        }

        card.Heading(title);
        if (resubmitted is not null)
        {
            card.Text(resubmitted, subtle: true);
        }

        foreach (var line in content)
        {
            card.Text(line);
        }

        if (flags.Count > 0)
        {
            card.Heading(ReviewTexts.FlagsHeading.In(locale));
            foreach (var flag in flags)
            {
                card.Text(flag, subtle: true);
            }
        }

        card.InputText(ReviewVerbs.CommentField, ReviewTexts.CommentPlaceholder.In(locale), multiline: true);
        // Approving an outline discloses it to its target at once and for good: the card says so, and the button names
        // whom it discloses to, so pressing it is the informed confirmation the typed 批准 asks for separately.
        var approve = item.TargetName is { } discloses ? ReviewTexts.ApproveAndDiscloseButton.In(locale, discloses) : ReviewTexts.ApproveButton.In(locale);
        if (item.TargetName is { } disclosedTo)
        {
            card.Text(ReviewTexts.ApprovalDiscloses.In(locale, disclosedTo), subtle: true);
        }

        var data = new Dictionary<string, object> { [ReviewVerbs.KeyField] = item.Id.ToString(), [ReviewVerbs.VersionField] = item.Version };
        // Teams supports Universal Actions (answered in place); other card channels post the data back as a message.
        var teams = string.Equals(channelId, Channels.MsTeams, StringComparison.OrdinalIgnoreCase);
        if (teams)
        {
            card.Execute(approve, ReviewVerbs.Approve, data)
                .Execute(ReviewTexts.ReturnButton.In(locale), ReviewVerbs.Return, data);
        }
        else
        {
            card.Submit(approve, WithVerb(data, ReviewVerbs.Approve))
                .Submit(ReviewTexts.ReturnButton.In(locale), WithVerb(data, ReviewVerbs.Return));
        }

        if (link is not null)
        {
            card.OpenUrl(ReviewTexts.DownloadButton.In(locale), link.Url);
        }

        // Teams takes files from bots only through its own file consent or SharePoint cards, so there the download
        // button is the file; Web Chat and the Emulator also show the attachment as a file to download.
        return new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = link is null || teams ? [card.ToAttachment()] : [card.ToAttachment(), DocumentAttachment.Of(link)],
        };
    }

    private static Dictionary<string, object> WithVerb(Dictionary<string, object> data, string verb) =>
        new(data) { ["verb"] = verb };
}
