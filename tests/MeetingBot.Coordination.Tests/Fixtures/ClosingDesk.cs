using MeetingBot.Coordination.MeetingRecords;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Rectification;
using MeetingBot.Coordination.Reports;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Coordination.Tests.Fixtures;

/// <summary>
/// The seed meeting after its preparation: plays the store for the minutes, the report and the rectification list
/// the way <see cref="MeetingDesk"/> does for preparation (decide on what is stored, keep only successes).
/// </summary>
public sealed class ClosingDesk(MeetingDesk desk)
{
    /// <summary>
    /// The seed's meeting fully prepared and confirmed by the secretary (or by the lead's override, with only study and
    /// problems done), the clock at its start plus <paramref name="sinceStart"/> (an hour unless given).
    /// </summary>
    public static ClosingDesk Confirmed(FakeTimeProvider? clock = null, string? overrideReason = null, TimeSpan? sinceStart = null)
    {
        var desk = MeetingDesk.SeedMeeting(clock);
        if (overrideReason is null)
        {
            desk.FullyPrepared();
            Assert.True(desk.Confirm(SeedTeam.Secretary).IsSuccess);
        }
        else
        {
            desk.StudyAndProblems();
            Assert.True(desk.Confirm(SeedTeam.Lead, overrideReason).IsSuccess);
        }

        desk.Clock.SetUtcNow(desk.Meeting.StartsAt + (sinceStart ?? TimeSpan.FromHours(1)));
        return new ClosingDesk(desk);
    }

    public MeetingDesk Desk { get; } = desk;

    public MeetingMinutes? Minutes { get; private set; }

    public ReportCirculation? Report { get; private set; }

    public RectificationList? Rectification { get; private set; }

    public Meeting Meeting => Desk.Meeting;

    public DateTimeOffset Now => Desk.Now;

    public MeetingDossier Dossier => Desk.Dossier with { Minutes = Minutes, Report = Report, Rectification = Rectification };

    public Outcome<MeetingMinutes> Record(Actor actor, Actor member, SpeechKind kind, string text, Actor? from = null) =>
        Keep(new RecordSpeech(Minutes?.Version ?? 0, member.UserId, kind, from?.UserId, text).Decide(Meeting, Minutes, actor, Now), m => Minutes = m);

    public Outcome<Meeting> Held(Actor actor) => Desk.Change(m => new MarkMeetingHeld(m.Version).Decide(m, actor, Now));

    public Outcome<ReportCirculation> SubmitReport(Actor actor) =>
        Keep(new SubmitReport(Report?.Version ?? 0).Decide(Dossier, Desk.Template, actor, Now), r => Report = r);

    public Outcome<ReportCirculation> ApproveReport(Actor actor) =>
        Keep(new ApproveReport(Report?.Version ?? 0, null).Decide(Meeting, Report, actor, Now), r => Report = r);

    public Outcome<ReportCirculation> ReturnReport(Actor actor, string comment) =>
        Keep(new ReturnReport(Report?.Version ?? 0, comment).Decide(Meeting, Report, actor, Now), r => Report = r);

    public Outcome<ReportCirculation> Deliver(Actor actor, ReportDeliveryKind kind, string where, DateOnly on) =>
        Keep(new RecordReportDelivery(Report?.Version ?? 0, kind, where, on).Decide(Meeting, Desk.Template, Report, actor, Now), r => Report = r);

    public Outcome<ReportCirculation> Brief(Actor actor, DateOnly? on = null, string scope = "镇全体干部", string content = "会前准备、批评与自我批评、整改措施情况") =>
        Keep(new RecordBriefing(Report?.Version ?? 0, on ?? DateOnly.FromDateTime(Meeting.LocalStart), scope, content).Decide(Meeting, Report, actor, Now), r => Report = r);

    /// <summary>The approved report recorded as delivered to every addressee the seed's template lists, on <paramref name="on"/>.</summary>
    public void DeliveredToAll(Actor actor, DateOnly on)
    {
        foreach (var addressee in Desk.Template.AfterMeeting.Addressees)
        {
            Assert.True(Deliver(actor, ReportDeliveryKind.SubmittedUpward, addressee.Name.ZhCn, on).IsSuccess);
        }
    }

    public Outcome<RectificationList> AddTasks(Actor actor, params NewRectificationTask[] tasks) =>
        Keep(new AddRectificationTasks(Rectification?.Version ?? 0, tasks).Decide(Meeting, Rectification, actor, Now), r => Rectification = r);

    public Outcome<RectificationList> Update(Actor actor, int number, bool done, string? note, string? evidence = null) =>
        Keep(new UpdateRectificationTask(Rectification?.Version ?? 0, number, done, note, evidence).Decide(Meeting, Rectification, actor, Now), r => Rectification = r);

    public Outcome<RectificationList> Accept(Actor actor, int number, bool accepted = true, string? reason = null) =>
        Keep(new AcceptRectificationTask(Rectification?.Version ?? 0, number, accepted, reason).Decide(Meeting, Rectification, actor, Now), r => Rectification = r);

    /// <summary>The owner reports the task done with evidence and the secretary accepts it (验收).</summary>
    public Outcome<RectificationList> Completed(Actor owner, int number, string evidence, string? note = null)
    {
        Assert.True(Update(owner, number, done: true, note, evidence).IsSuccess);
        return Accept(SeedTeam.Secretary, number);
    }

    public Outcome<RectificationList> Publish(Actor actor) =>
        Keep(new PublishRectificationList(Rectification?.Version ?? 0).Decide(Meeting, Rectification, actor, Now), r => Rectification = r);

    /// <summary>The meeting marked held by the secretary (会议已召开).</summary>
    public ClosingDesk MarkedHeld()
    {
        Assert.True(Held(SeedTeam.Secretary).IsSuccess);
        return this;
    }

    /// <summary>The briefing (通报会) recorded by the lead, which the seed's template asks for before the report.</summary>
    public ClosingDesk Briefed()
    {
        Assert.True(Brief(SeedTeam.Lead).IsSuccess);
        return this;
    }

    /// <summary>The whole meeting recorded: collective examination, each member's self-criticism, criticism from the next member, responses.</summary>
    public ClosingDesk MinutesRecorded()
    {
        var members = SeedTeam.Members;
        Assert.True(Record(SeedTeam.Secretary, SeedTeam.Lead, SpeechKind.CollectiveExamination, "班子在落实八项规定方面存在差距").IsSuccess);
        for (var i = 0; i < members.Length; i++)
        {
            var member = members[i];
            var critic = members[(i + 1) % members.Length];
            Assert.True(Record(SeedTeam.Secretary, member, SpeechKind.SelfCriticism, $"{member.Name}的自我批评").IsSuccess);
            Assert.True(Record(SeedTeam.Secretary, member, SpeechKind.Criticism, $"{critic.Name}对{member.Name}的批评", critic).IsSuccess);
            Assert.True(Record(SeedTeam.Secretary, member, SpeechKind.Response, "诚恳接受，认真整改").IsSuccess);
        }

        return this;
    }

    private static Outcome<T> Keep<T>(Outcome<T> outcome, Action<T> keep)
    {
        if (outcome.IsSuccess)
        {
            keep(outcome.Value);
        }

        return outcome;
    }
}
