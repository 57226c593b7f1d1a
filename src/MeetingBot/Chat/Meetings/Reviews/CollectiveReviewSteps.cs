using System.Globalization;
using MeetingBot.BotFramework.Builder;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Confirmations;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Chat.Meetings.Switching;
using MeetingBot.Coordination.CollectiveMaterials;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// The collective material's review as chat turns (<c>集体材料 批准 / 退回 意见 / 转交 姓名 原因</c>): its reviewer — the
/// supervisors or the superior the template names — decides in his 1:1 chat; the lead is told the outcome, a new
/// reviewer that it was handed to him. Each decision is one domain command written with the ETag it was read with.
/// </summary>
public sealed class CollectiveReviewSteps(MeetingResolver current, MeetingRepository repository, PersonalNotices notices, TimeProvider time)
{
    private const string RequestedEvent = "collective-review-requested";
    private const string DecidedEvent = "collective-reviewed";
    private const string HandedOnEvent = "collective-review-handed-on";

    /// <summary>After 定稿 sent the material for review: each of its reviewers is asked 1:1.</summary>
    public async Task RequestAsync(ITurnContext context, MeetingInTurn found, CollectiveMaterial sent, CancellationToken cancellationToken)
    {
        var deliverable = CollectiveReview.Deliverable(found.Template)!;
        var lead = MarkdownEscape.Text(found.Meeting.Lead.Name);
        var number = sent.Latest!.Number;
        foreach (var reviewer in Coordination.Reviews.Reviewers.Current(found.Meeting, deliverable, found.Meeting.Lead.UserId, sent.AssignedReviewerId))
        {
            await notices.SendAsync(context, PersonalNotice.Text(context.Activity.ChannelId ?? string.Empty, reviewer.UserId,
                NoticeKeys.For(found.Meeting.Id, RequestedEvent, sent.Id, sent.Version, reviewer.UserId),
                l => CollectiveReviewTexts.ReviewRequest.In(l, lead, number)), cancellationToken);
        }
    }

    /// <summary>What approving would do (decided without saving), or null after replying why not.</summary>
    public async Task<ConfirmationRequest?> DescribeApproveAsync(CommandTurn turn, string? comment, CancellationToken cancellationToken)
    {
        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return null;
        }

        var material = (await found.DossierAsync(cancellationToken)).CollectiveMaterial;
        var decided = new ApproveCollectiveMaterial(material?.Version ?? 0, comment).Decide(found.Meeting, found.Template, material, found.Actor, time.GetUtcNow());
        if (!decided.IsSuccess)
        {
            await turn.Context.SendActivityAsync(FailureReply.For(decided.Failure, turn.Locale), cancellationToken);
            return null;
        }

        // The version shown is the version approved: a material changed since is refused as stale.
        return new ConfirmationRequest(CollectiveReviewTexts.ApproveWillHappen.In(turn.Locale, material!.Latest!.Number),
            string.Join('\n', material.Version.ToString(CultureInfo.InvariantCulture), comment ?? string.Empty));
    }

    public async Task ApproveAsync(CommandTurn turn, string? details, CancellationToken cancellationToken)
    {
        var parts = details?.Split('\n', 2) ?? [];
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return;
        }

        var comment = parts[1].Length > 0 ? parts[1] : null;
        await DecideAsync(turn, (found, material) => new ApproveCollectiveMaterial(version, comment).Decide(found.Meeting, found.Template, material, found.Actor, time.GetUtcNow()),
            async (found, saved) =>
            {
                var by = MarkdownEscape.Text(found.Actor.Name);
                var said = comment is null ? string.Empty : MarkdownEscape.Text(comment);
                await ToLeadAsync(turn.Context, found, saved, l => CollectiveReviewTexts.ApprovedNotice.In(l, by, saved.Latest!.Number, said), cancellationToken);
                return CollectiveReviewTexts.Approved.In(turn.Locale, saved.Latest!.Number, MarkdownEscape.Text(found.Meeting.Lead.Name));
            }, cancellationToken);
    }

    public async Task ReturnAsync(CommandTurn turn, string comment, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            await turn.Context.SendActivityAsync(CollectiveReviewTexts.ReturnUsage.In(turn.Locale), cancellationToken);
            return;
        }

        await DecideAsync(turn, (found, material) => new ReturnCollectiveMaterial(material?.Version ?? 0, comment).Decide(found.Meeting, found.Template, material, found.Actor, time.GetUtcNow()),
            async (found, saved) =>
            {
                var by = MarkdownEscape.Text(found.Actor.Name);
                var why = MarkdownEscape.Text(comment.Trim());
                await ToLeadAsync(turn.Context, found, saved, l => CollectiveReviewTexts.ReturnedNotice.In(l, by, saved.Latest!.Number, why), cancellationToken);
                return CollectiveReviewTexts.Returned.In(turn.Locale, saved.Latest!.Number, MarkdownEscape.Text(found.Meeting.Lead.Name));
            }, cancellationToken);
    }

    /// <summary><c>转交 姓名 原因</c>: the person (an @mention or a name on the roster) and the reason after him.</summary>
    public async Task HandOnAsync(CommandTurn turn, string text, CancellationToken cancellationToken)
    {
        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return;
        }

        if (HandOnTarget.Of(turn, found.Meeting, text) is not var (to, reason))
        {
            await turn.Context.SendActivityAsync(CollectiveReviewTexts.HandOnUsage.In(turn.Locale), cancellationToken);
            return;
        }

        await DecideAsync(turn, (f, material) => new DelegateCollectiveMaterialReview(material?.Version ?? 0, to.UserId, reason).Decide(f.Meeting, f.Template, material, f.Actor, time.GetUtcNow()),
            async (f, saved) =>
            {
                var from = MarkdownEscape.Text(f.Actor.Name);
                var why = MarkdownEscape.Text(reason);
                await notices.SendAsync(turn.Context, PersonalNotice.Text(turn.Context.Activity.ChannelId ?? string.Empty, to.UserId,
                    NoticeKeys.For(f.Meeting.Id, HandedOnEvent, saved.Id, saved.Version, to.UserId),
                    l => CollectiveReviewTexts.HandedOnNotice.In(l, from, saved.Latest!.Number, why)), cancellationToken);
                return CollectiveReviewTexts.HandedOn.In(turn.Locale, MarkdownEscape.Text(to.Name));
            }, cancellationToken);
    }

    /// <summary>Whom the material under review waits for, named as the template names the role and people.</summary>
    public static BilingualText WaitsFor(MeetingInTurn found, CollectiveMaterial material) =>
        CollectiveReview.Describe(found.Meeting, found.Template, material);

    private Task ToLeadAsync(ITurnContext context, MeetingInTurn found, CollectiveMaterial saved, Func<UserLocale, string> text, CancellationToken cancellationToken) =>
        notices.SendAsync(context, PersonalNotice.Text(context.Activity.ChannelId ?? string.Empty, found.Meeting.Lead.UserId,
            NoticeKeys.For(found.Meeting.Id, DecidedEvent, saved.Id, saved.Version, found.Meeting.Lead.UserId), text), cancellationToken);

    private async Task DecideAsync(
        CommandTurn turn,
        Func<MeetingInTurn, CollectiveMaterial?, Outcome<CollectiveMaterial>> decide,
        Func<MeetingInTurn, CollectiveMaterial, Task<string>> done,
        CancellationToken cancellationToken)
    {
        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return;
        }

        var outcome = await repository.UpdateAsync<CollectiveMaterial>(found.UnitOfWork, DocumentId.CollectiveMaterial(found.Meeting.Id),
            material => decide(found, material), cancellationToken);
        var reply = outcome.IsSuccess ? await done(found, outcome.Value) : FailureReply.For(outcome.Failure, turn.Locale);
        await turn.Context.SendActivityAsync(reply, cancellationToken);
    }
}
