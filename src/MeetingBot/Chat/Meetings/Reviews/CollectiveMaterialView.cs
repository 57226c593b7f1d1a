using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Coordination.CollectiveMaterials;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// Shows the collective material to whoever <see cref="Visibility"/> lets read it (the lead sees his draft and the
/// comments); in a group only its state, because the text is shown only in 1:1 chat.
/// </summary>
public sealed class CollectiveMaterialView(MeetingResolver current)
{
    public async Task ShowAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        var locale = turn.Locale;
        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return;
        }

        var dossier = await found.DossierAsync(cancellationToken);

        if (dossier.CollectiveMaterial is not { } stored)
        {
            await context.SendActivityAsync(CollectiveMaterialTexts.NoMaterial.In(locale), cancellationToken);
            return;
        }

        var readable = Visibility.Read(found.Meeting, found.Actor, stored, found.Template);
        if (!readable.IsSuccess)
        {
            await context.SendActivityAsync(FailureReply.For(readable.Failure, locale), cancellationToken);
            return;
        }

        var material = readable.Value;
        var state = material.State == MaterialState.UnderReview
            ? CollectiveReviewTexts.UnderReviewState.In(locale, material.Latest!.Number, MarkdownEscape.Text(MeetingText.In(CollectiveReviewSteps.WaitsFor(found, material), locale)))
            : StateOf(material, locale);
        if (context.Activity.Conversation?.IsGroup == true)
        {
            await context.SendActivityAsync(CollectiveMaterialTexts.GroupOnly.In(locale, state), cancellationToken);
            return;
        }

        var content = material.Draft ?? material.Latest?.Content;
        var lines = new List<string> { CollectiveMaterialTexts.Heading.In(locale, state) };
        if (content is not null)
        {
            lines.AddRange(ContentLines.Of(content, locale));
        }

        // A return's comment is for the lead to revise by (and its reviewers); members see the versions only.
        if (material.Reviews is [.., { Approved: false } returned] && (found.Meeting.Holds(found.Actor.UserId, Role.Lead) || returned.ByUserId == found.Actor.UserId))
        {
            lines.Add(CollectiveReviewTexts.LastReturn.In(locale, returned.VersionNumber, MarkdownEscape.Text(found.Meeting.NameOf(returned.ByUserId)), MarkdownEscape.Text(returned.Comment)));
        }

        foreach (var comment in dossier.MaterialComments)
        {
            // Comments go to the lead and to their own author only.
            if (Visibility.Read(found.Meeting, found.Actor, comment) is { IsSuccess: true } && comment.Responses.Count > 0)
            {
                var latest = comment.Responses[^1];
                lines.Add(CollectiveMaterialTexts.CommentsLine.In(locale, MarkdownEscape.Text(found.Meeting.NameOf(comment.MemberId)),
                    latest.NoComment ? CollectiveMaterialTexts.NoCommentGiven.In(locale) : MarkdownEscape.Text(latest.Comment)));
            }
        }

        await context.SendActivityAsync(string.Join("\n", lines), cancellationToken);
    }

    private static string StateOf(CollectiveMaterial material, UserLocale locale) => material.State switch
    {
        MaterialState.Finalised => CollectiveMaterialTexts.FinalState.In(locale),
        _ when material.Draft is not null || material.Latest is null => CollectiveMaterialTexts.DraftState.In(locale),
        _ => CollectiveMaterialTexts.VersionState.In(locale, material.Latest.Number),
    };
}
