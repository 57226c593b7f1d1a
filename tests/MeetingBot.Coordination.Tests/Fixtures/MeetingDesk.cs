using MeetingBot.Coordination.CollectiveMaterials;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Readiness;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Talks;
using MeetingBot.Coordination.Templates;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Coordination.Tests.Fixtures;

/// <summary>
/// Plays the chat front and the store for tests: reads the current document by its key, decides a command on it
/// with the version it read, and keeps the result only when the command succeeded.
/// </summary>
public sealed class MeetingDesk
{
    private readonly Dictionary<DocumentId, Submission> _submissions = [];
    private readonly Dictionary<TalkPairKey, TalkRecord> _talks = [];
    private readonly Dictionary<string, MaterialComment> _comments = new(StringComparer.Ordinal);

    public MeetingDesk(ProcessTemplate template, Meeting meeting, FakeTimeProvider clock)
    {
        Template = template;
        Meeting = meeting;
        Clock = clock;
    }

    public ProcessTemplate Template { get; }

    public FakeTimeProvider Clock { get; }

    public Meeting Meeting { get; private set; }

    public CollectiveMaterial? Material { get; private set; }

    public DateTimeOffset Now => Clock.GetUtcNow();

    public MeetingDossier Dossier => new(Meeting, [.. _submissions.Values], [.. _talks.Values], Material, [.. _comments.Values]);

    /// <summary>The seed's meeting, set up by the secretary at the test clock's start.</summary>
    public static MeetingDesk SeedMeeting(FakeTimeProvider? clock = null)
    {
        clock ??= TestClock.Create();
        var meeting = SeedTeam.Create().Decide(SeedTemplates.DemocraticLifeMeeting, SeedTeam.Secretary, clock.GetUtcNow());
        return new MeetingDesk(SeedTemplates.DemocraticLifeMeeting, meeting.Value, clock);
    }

    public Outcome<Meeting> Change(Func<Meeting, Outcome<Meeting>> decide) => Keep(decide(Meeting), m => Meeting = m);

    public Submission? SubmissionOf(string deliverableId, Actor author, Actor? target = null) =>
        _submissions.GetValueOrDefault(DocumentId.Submission(Meeting.Id, deliverableId, author.UserId, target?.UserId));

    public Outcome<Submission> SaveDraft(Actor author, string deliverableId, SubmissionContent content, Actor? target = null)
    {
        var existing = SubmissionOf(deliverableId, author, target);
        return Keep(new SaveDraft(existing?.Version ?? 0, deliverableId, target?.UserId, content).Decide(Meeting, Template, existing, author, Now), Store);
    }

    public Outcome<Submission> Submit(Actor author, string deliverableId, SubmissionContent? content, Actor? target = null)
    {
        var existing = SubmissionOf(deliverableId, author, target);
        return Keep(new Submit(existing?.Version ?? 0, deliverableId, target?.UserId, content).Decide(Meeting, Template, existing, author, Now), Store);
    }

    public Outcome<Submission> Approve(Actor reviewer, string deliverableId, Actor author, Actor? target = null)
    {
        var submission = SubmissionOf(deliverableId, author, target)!;
        return Keep(new ApproveSubmission(submission.Version, null).Decide(Meeting, Template, submission, reviewer, Now), Store);
    }

    public Outcome<Submission> Return(Actor reviewer, string deliverableId, Actor author, string comment, Actor? target = null)
    {
        var submission = SubmissionOf(deliverableId, author, target)!;
        return Keep(new ReturnSubmission(submission.Version, comment).Decide(Meeting, Template, submission, reviewer, Now), Store);
    }

    public TalkRecord? TalkOf(Actor one, Actor other) => _talks.GetValueOrDefault(TalkPairKey.Of(one.UserId, other.UserId));

    public Outcome<TalkRecord> RecordTalk(Actor recorder, Actor other, TalkNotes? notes = null)
    {
        var existing = TalkOf(recorder, other);
        return Keep(new RecordTalk(existing?.Version ?? 0, other.UserId, notes ?? Contents.Talk()).Decide(Meeting, Template, existing, recorder, Now),
            r => _talks[r.Pair] = r);
    }

    public Outcome<TalkRecord> AnswerTalk(Actor answerer, Actor other, bool confirm, string? note = null)
    {
        var existing = TalkOf(answerer, other);
        return Keep(new AnswerTalkRecord(existing?.Version ?? 0, other.UserId, confirm, note).Decide(Meeting, Template, existing, answerer, Now),
            r => _talks[r.Pair] = r);
    }

    public Outcome<CollectiveMaterial> DraftMaterial(Actor actor, ExaminationMaterial content) =>
        Keep(new DraftCollectiveMaterial(Material?.Version ?? 0, content).Decide(Meeting, Material, actor, Now), m => Material = m);

    public Outcome<CollectiveMaterial> CirculateMaterial(Actor actor) =>
        Keep(new CirculateCollectiveMaterial(Material?.Version ?? 0).Decide(Meeting, Template, Material, actor, Now), m => Material = m);

    public Outcome<MaterialComment> CommentOnMaterial(Actor member, string? comment)
    {
        var existing = _comments.GetValueOrDefault(member.UserId);
        return Keep(new CommentOnCollectiveMaterial(existing?.Version ?? 0, comment).Decide(Meeting, Material, existing, member, Now),
            c => _comments[c.MemberId] = c);
    }

    public Outcome<CollectiveMaterial> FinaliseMaterial(Actor actor) =>
        Keep(new FinaliseCollectiveMaterial(Material?.Version ?? 0).Decide(Meeting, Template, Material, [.. _comments.Values], actor, Now), m => Material = m);

    public Outcome<CollectiveMaterial> ApproveMaterial(Actor reviewer, string? comment = null) =>
        Keep(new ApproveCollectiveMaterial(Material?.Version ?? 0, comment).Decide(Meeting, Template, Material, reviewer, Now), m => Material = m);

    public Outcome<CollectiveMaterial> ReturnMaterial(Actor reviewer, string comment) =>
        Keep(new ReturnCollectiveMaterial(Material?.Version ?? 0, comment).Decide(Meeting, Template, Material, reviewer, Now), m => Material = m);

    public Outcome<CollectiveMaterial> HandOnMaterial(Actor reviewer, Actor to, string reason) =>
        Keep(new DelegateCollectiveMaterialReview(Material?.Version ?? 0, to.UserId, reason).Decide(Meeting, Template, Material, reviewer, Now), m => Material = m);

    public Outcome<Meeting> Confirm(Actor actor, string? overrideReason = null) =>
        Change(m => new ConfirmMeeting(m.Version, overrideReason).Decide(Dossier, Template, actor, Now));

    public ReadinessReport Readiness() => ReadinessAssessment.Assess(Dossier, Template, Now);

    private void Store(Submission submission) => _submissions[submission.Id] = submission;

    private static Outcome<T> Keep<T>(Outcome<T> outcome, Action<T> keep)
    {
        if (outcome.IsSuccess)
        {
            keep(outcome.Value);
        }

        return outcome;
    }
}
