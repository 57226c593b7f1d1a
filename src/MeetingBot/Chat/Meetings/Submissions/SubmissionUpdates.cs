using MeetingBot.BotFramework.Builder;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Talks;
using MeetingBot.Coordination.Templates;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>
/// Saves drafts, submissions and talk records through the domain's commands, each on its own document. The expected
/// version is the one just read, so a lost race re-reads and decides again (MeetingRepository.UpdateAsync). Named
/// like <c>MeetingUpdates</c>: it decides and saves through the repository; the store is <see cref="MeetingRepository"/>.
/// </summary>
public sealed class SubmissionUpdates(MeetingRepository repository, IHandInFollower handIn, TimeProvider time)
{
    public static DocumentId IdOf(MeetingInTurn turn, SubmissionRequest request) =>
        DocumentId.Submission(request.MeetingId, request.DeliverableId, turn.Actor.UserId, request.TargetId);

    public Task<Submission?> GetAsync(MeetingInTurn turn, SubmissionRequest request, CancellationToken cancellationToken) =>
        repository.GetAsync<Submission>(turn.UnitOfWork, IdOf(turn, request), cancellationToken);

    /// <summary>The author's problem list (latest version), which his self-examination material must answer; null when none.</summary>
    public async Task<ProblemList?> ProblemListOfAsync(MeetingInTurn turn, string authorId, CancellationToken cancellationToken) =>
        ReviewQueue.ProblemListId(turn.Meeting, turn.Template, authorId) is { } key
            ? (await repository.GetAsync<Submission>(turn.UnitOfWork, key, cancellationToken))?.Latest?.Content as ProblemList
            : null;

    /// <summary>The opinions the office assigned to the member (群众提、上级点、集体议), which his material answers too.</summary>
    public async Task<IReadOnlyList<Opinion>> AssignedOpinionsAsync(MeetingInTurn turn, string memberId, CancellationToken cancellationToken) =>
        OpinionVisibility.AssignedTo(await repository.GetAsync<OpinionCollection>(turn.UnitOfWork, DocumentId.Opinions(turn.Meeting.Id), cancellationToken), memberId);

    public Task<Outcome<Submission>> SaveDraftAsync(MeetingInTurn turn, SubmissionRequest request, SubmissionContent content, CancellationToken cancellationToken) =>
        repository.UpdateAsync<Submission>(turn.UnitOfWork, IdOf(turn, request), existing =>
            new SaveDraft(existing?.Version ?? 0, request.DeliverableId, request.TargetId, content)
                .Decide(turn.Meeting, turn.Template, existing, turn.Actor, time.GetUtcNow()), cancellationToken);

    /// <summary>
    /// Submits; when the lead must approve it, the review side (<see cref="IHandInFollower"/>) gives it its stable review
    /// reference (提纲7) and sends the lead its review card 1:1 once the turn commits.
    /// </summary>
    public async Task<Outcome<Submission>> SubmitAsync(
        ITurnContext turnContext, MeetingInTurn turn, SubmissionRequest request, SubmissionContent content, CancellationToken cancellationToken)
    {
        var outcome = await repository.UpdateAsync<Submission>(turn.UnitOfWork, IdOf(turn, request), existing =>
            new Submit(existing?.Version ?? 0, request.DeliverableId, request.TargetId, content)
                .Decide(turn.Meeting, turn.Template, existing, turn.Actor, time.GetUtcNow()), cancellationToken);
        if (outcome.IsSuccess && turn.Template.FindDeliverable(request.DeliverableId) is { RequiresApproval: true })
        {
            return await handIn.HandedInAsync(turnContext, turn, outcome.Value, cancellationToken);
        }

        return outcome;
    }

    public Task<Outcome<TalkRecord>> RecordTalkAsync(MeetingInTurn turn, string otherUserId, TalkNotes notes, CancellationToken cancellationToken) =>
        repository.UpdateAsync<TalkRecord>(turn.UnitOfWork, TalkId(turn, otherUserId), existing =>
            new RecordTalk(existing?.Version ?? 0, otherUserId, notes)
                .Decide(turn.Meeting, turn.Template, existing, turn.Actor, time.GetUtcNow()), cancellationToken);

    public Task<Outcome<TalkRecord>> AnswerTalkAsync(MeetingInTurn turn, string otherUserId, bool confirm, string? note, CancellationToken cancellationToken) =>
        repository.UpdateAsync<TalkRecord>(turn.UnitOfWork, TalkId(turn, otherUserId), existing =>
            new AnswerTalkRecord(existing?.Version ?? 0, otherUserId, confirm, note)
                .Decide(turn.Meeting, turn.Template, existing, turn.Actor, time.GetUtcNow()), cancellationToken);

    /// <summary>Today in the meeting's zone, for "today" in a talk date.</summary>
    public DateOnly Today(Meeting meeting) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(meeting.TimeZoneId)).DateTime);

    private static DocumentId TalkId(MeetingInTurn turn, string otherUserId) =>
        DocumentId.TalkRecord(turn.Meeting.Id, TalkPairKey.Of(turn.Actor.UserId, otherUserId));
}
