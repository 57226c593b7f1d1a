using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Confirmations;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Coordination.CollectiveMaterials;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// The collective material's steps as chat turns: the lead drafts, circulates and finalises; members comment or
/// say they have none. Each step is one domain command written with the ETag it was read with.
/// </summary>
public sealed class CollectiveMaterialSteps(MeetingResolver current, MeetingRepository repository, PersonalNotices notices, CollectiveReviewSteps review, TimeProvider time)
{
    /// <summary>
    /// Whether the person may draft now, and the draft to start from (replying why not when not). Decided without
    /// saving, so the form is only shown to someone whose draft would be taken.
    /// </summary>
    public async Task<(bool May, ExaminationMaterial? Draft)> OpenDraftAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return (false, null);
        }

        var dossier = await found.DossierAsync(cancellationToken);

        var material = dossier.CollectiveMaterial;
        var draft = CurrentDraft(material);
        var decided = new DraftCollectiveMaterial(material?.Version ?? 0, draft ?? MaterialSections.Read(string.Empty))
            .Decide(found.Meeting, material, found.Actor, time.GetUtcNow());
        if (!decided.IsSuccess)
        {
            await turn.Context.SendActivityAsync(FailureReply.For(decided.Failure, turn.Locale), cancellationToken);
            return (false, null);
        }

        return (true, draft);
    }

    /// <summary>The lead's draft: <paramref name="content"/> makes it from the current one (typed sections merge into it).</summary>
    public Task DraftAsync(CommandTurn turn, Func<ExaminationMaterial?, ExaminationMaterial> content, CancellationToken cancellationToken) =>
        LeadStepAsync(turn, (found, dossier, material) => new DraftCollectiveMaterial(material?.Version ?? 0, content(CurrentDraft(material)))
            .Decide(found.Meeting, material, found.Actor, time.GetUtcNow()),
            (found, saved) =>
            {
                var reply = CollectiveMaterialTexts.Drafted.In(turn.Locale);
                // Say now what circulation will refuse, so the lead can complete the draft first.
                return Task.FromResult(ContentRules.CheckMaterial(saved.Draft!, found.Template) is { } missing
                    ? string.Join("\n", reply, CollectiveMaterialTexts.StillIncomplete.In(turn.Locale, FailureReply.For(missing, turn.Locale)), CollectiveMaterialTexts.Format.In(turn.Locale))
                    : reply);
            }, cancellationToken);

    public Task CirculateAsync(CommandTurn turn, CancellationToken cancellationToken) =>
        LeadStepAsync(turn, (found, dossier, material) => new CirculateCollectiveMaterial(material?.Version ?? 0)
            .Decide(found.Meeting, found.Template, material, found.Actor, time.GetUtcNow()),
            async (found, saved) =>
            {
                var commenters = found.Meeting.Members.Where(m => !m.Holds(Role.Lead)).ToList();
                foreach (var member in commenters)
                {
                    // Each member is asked 1:1; the material itself is read there, never in a group.
                    await notices.SendAsync(turn.Context, PersonalNotice.Text(turn.Context.Activity.ChannelId ?? string.Empty, member.UserId,
                        NoticeKeys.For(found.Meeting.Id, NoticeKeys.Circulated, saved.Id, saved.Latest!.Number, member.UserId),
                        CollectiveMaterialTexts.CirculatedNotice.In), cancellationToken);
                }

                return CollectiveMaterialTexts.Circulated.In(turn.Locale, saved.Latest!.Number, commenters.Count);
            }, cancellationToken);

    /// <summary>定稿: final at once, or — where the template has the material reviewed — sent to its reviewers (送审).</summary>
    public Task FinaliseAsync(CommandTurn turn, CancellationToken cancellationToken) =>
        LeadStepAsync(turn, (found, dossier, material) => new FinaliseCollectiveMaterial(material?.Version ?? 0)
            .Decide(found.Meeting, found.Template, material, dossier.MaterialComments, found.Actor, time.GetUtcNow()),
            async (found, saved) =>
            {
                if (saved.State != MaterialState.UnderReview)
                {
                    return CollectiveMaterialTexts.Finalised.In(turn.Locale);
                }

                await review.RequestAsync(turn.Context, found, saved, cancellationToken);
                return CollectiveReviewTexts.SentForReview.In(turn.Locale, saved.Latest!.Number,
                    MarkdownEscape.Text(MeetingText.In(CollectiveReviewSteps.WaitsFor(found, saved), turn.Locale)));
            }, cancellationToken);

    /// <summary>What circulating would do now (decided without saving), or null after replying why not.</summary>
    public Task<ConfirmationRequest?> DescribeCirculateAsync(CommandTurn turn, CancellationToken cancellationToken) =>
        DescribeLeadStepAsync(turn, (found, dossier, material) => new CirculateCollectiveMaterial(material?.Version ?? 0)
            .Decide(found.Meeting, found.Template, material, found.Actor, time.GetUtcNow()),
            (found, circulated) => WhatWillHappen.Circulate.In(turn.Locale, circulated.Latest!.Number,
                found.Meeting.Members.Count(m => !m.Holds(Role.Lead)), CollectiveMaterialTexts.CirculatedNotice.In(turn.Locale)),
            cancellationToken);

    /// <summary>What finalising would do now (decided without saving), or null after replying why not.</summary>
    public Task<ConfirmationRequest?> DescribeFinaliseAsync(CommandTurn turn, CancellationToken cancellationToken) =>
        DescribeLeadStepAsync(turn, (found, dossier, material) => new FinaliseCollectiveMaterial(material?.Version ?? 0)
            .Decide(found.Meeting, found.Template, material, dossier.MaterialComments, found.Actor, time.GetUtcNow()),
            (found, finalised) => finalised.State == MaterialState.UnderReview
                ? CollectiveReviewTexts.SendForReviewWillHappen.In(turn.Locale, finalised.Latest!.Number,
                    MarkdownEscape.Text(MeetingText.In(CollectiveReviewSteps.WaitsFor(found, finalised), turn.Locale)))
                : WhatWillHappen.Finalise.In(turn.Locale, finalised.Latest!.Number),
            cancellationToken);

    /// <summary>A member's comment, or no comment when <paramref name="comment"/> is null.</summary>
    public async Task CommentAsync(CommandTurn turn, string? comment, CancellationToken cancellationToken)
    {
        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return;
        }

        var material = await repository.GetAsync<CollectiveMaterial>(turn.UnitOfWork, DocumentId.CollectiveMaterial(found.Meeting.Id), cancellationToken);
        var outcome = await repository.UpdateAsync<MaterialComment>(turn.UnitOfWork, DocumentId.MaterialComment(found.Meeting.Id, found.Actor.UserId), existing =>
            new CommentOnCollectiveMaterial(existing?.Version ?? 0, comment).Decide(found.Meeting, material, existing, found.Actor, time.GetUtcNow()),
            cancellationToken);
        var reply = !outcome.IsSuccess ? FailureReply.For(outcome.Failure, turn.Locale)
            : comment is null ? CollectiveMaterialTexts.NoCommentRecorded.In(turn.Locale)
            : CollectiveMaterialTexts.Commented.In(turn.Locale);
        await turn.Context.SendActivityAsync(reply, cancellationToken);
    }

    private static ExaminationMaterial? CurrentDraft(CollectiveMaterial? material) =>
        material?.Draft ?? material?.Latest?.Content as ExaminationMaterial;

    private async Task<ConfirmationRequest?> DescribeLeadStepAsync(
        CommandTurn turn,
        Func<MeetingInTurn, MeetingDossier, CollectiveMaterial?, Outcome<CollectiveMaterial>> decide,
        Func<MeetingInTurn, CollectiveMaterial, string> describe,
        CancellationToken cancellationToken)
    {
        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return null;
        }

        var dossier = await found.DossierAsync(cancellationToken);

        var decided = decide(found, dossier, dossier.CollectiveMaterial);
        if (!decided.IsSuccess)
        {
            await turn.Context.SendActivityAsync(FailureReply.For(decided.Failure, turn.Locale), cancellationToken);
            return null;
        }

        return new ConfirmationRequest(describe(found, decided.Value));
    }

    private async Task LeadStepAsync(
        CommandTurn turn,
        Func<MeetingInTurn, MeetingDossier, CollectiveMaterial?, Outcome<CollectiveMaterial>> decide,
        Func<MeetingInTurn, CollectiveMaterial, Task<string>> done,
        CancellationToken cancellationToken)
    {
        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return;
        }

        // The expected version is the one read inside the update, so a retry after a lost race decides afresh.
        var dossier = await found.DossierAsync(cancellationToken);
        var outcome = await repository.UpdateAsync<CollectiveMaterial>(turn.UnitOfWork, DocumentId.CollectiveMaterial(found.Meeting.Id),
            material => decide(found, dossier, material), cancellationToken);
        var reply = outcome.IsSuccess ? await done(found, outcome.Value) : FailureReply.For(outcome.Failure, turn.Locale);
        await turn.Context.SendActivityAsync(reply, cancellationToken);
    }
}
