using System.Text.Json.Nodes;
using MeetingBot.Chat.Confirmations;
using MeetingBot.Coordination.MeetingRecords;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Readiness;
using MeetingBot.Coordination.Rectification;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Localization;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Chat.Meetings;
using MeetingBot.Tests.Scenarios;

namespace MeetingBot.Tests.Chat.Confirmations;

/// <summary>
/// Every irreversible action waits for its confirmation: asked, nothing has happened; a stranger's confirmation
/// (typed, or the card's button pressed by someone else) does nothing; two confirmations at once act once; a
/// confirmation after the time limit does nothing and says so. The host's clock moves forward only.
/// </summary>
public sealed class IrreversibleActionsTests(ClosingScenarioHost host) : IClassFixture<ClosingScenarioHost>
{
    public static TheoryData<string> Actions { get; } =
        ["confirm-meeting", "meeting-held", "publish", "propose", "circulate", "finalise", "approve-collective", "cancel-meeting", "reschedule", "approve"];

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task ActsOnlyAfterItsOwnersConfirmation_AndAStrangersDoesNothing(string action)
    {
        var (bed, client, act) = await ArrangeAsync(action);
        using var _ = client;

        var ask = await bed.SayAsync(client, act.Who, act.Text, act.InGroup);
        AssertAsks(ask);
        Assert.False(await act.Done());

        // The card's confirm button pressed by someone else, in the same conversation or his own; and his typed 确认.
        var stranger = act.Who == bed.Zhang ? bed.Liu : bed.Zhang;
        Assert.Equal("只有发起这项操作的人才能确认或取消它。如需同样操作，请自己发送这条命令。", MeetingTestBed.Texts(await bed.SayAsync(client, stranger, null, act.InGroup, ButtonData(ask, 0))));
        Assert.Equal(ConfirmationTexts.NothingPending.ZhCn, MeetingTestBed.Texts(await bed.SayAsync(client, stranger, "确认", act.InGroup)));
        Assert.False(await act.Done());

        var done = MeetingTestBed.Texts(await bed.SayAsync(client, act.Who, "确认", act.InGroup));
        Assert.True(await act.Done(), done);
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task ConfirmedTwiceAtOnce_ActsOnce(string action)
    {
        var (bed, client, act) = await ArrangeAsync(action);
        using var _ = client;
        var ask = await bed.SayAsync(client, act.Who, act.Text, act.InGroup);
        AssertAsks(ask);

        // The typed answer and the card's button, racing.
        var answers = await Task.WhenAll(
            bed.SayAsync(client, act.Who, "确认", act.InGroup),
            bed.SayAsync(client, act.Who, null, act.InGroup, ButtonData(ask, 0)));

        var texts = answers.Select(MeetingTestBed.Texts).ToList();
        Assert.True(await act.Done(), string.Join(" | ", texts));
        Assert.Single(texts, t => t == ConfirmationTexts.AlreadyAnswered.ZhCn || t == ConfirmationTexts.NothingPending.ZhCn);
        Assert.Equal(1, await act.Times());
        Assert.Equal(ConfirmationTexts.AlreadyAnswered.ZhCn, MeetingTestBed.Texts(await bed.SayAsync(client, act.Who, null, act.InGroup, ButtonData(ask, 0))));
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task ConfirmedAfterTheTimeLimit_DoesNothing_AndSaysSo(string action)
    {
        var (bed, client, act) = await ArrangeAsync(action);
        using var _ = client;
        AssertAsks(await bed.SayAsync(client, act.Who, act.Text, act.InGroup));

        host.Clock.JumpTo(host.Clock.GetUtcNow() + ConfirmationOptions.DefaultTimeLimit + TimeSpan.FromMinutes(1));

        Assert.Equal(ConfirmationTexts.Expired.In(UserLocale.ZhCn, 10), MeetingTestBed.Texts(await bed.SayAsync(client, act.Who, "确认", act.InGroup)));
        Assert.False(await act.Done());
        Assert.Equal(ConfirmationTexts.NothingPending.ZhCn, MeetingTestBed.Texts(await bed.SayAsync(client, act.Who, "确认", act.InGroup)));
    }

    [Fact]
    public async Task Dropped_DoesNothing_AndSaysWhatWasNotDone()
    {
        var (bed, client, act) = await ArrangeAsync("cancel-meeting");
        using var _ = client;
        AssertAsks(await bed.SayAsync(client, act.Who, act.Text, act.InGroup));

        Assert.StartsWith("已取消，没有执行：取消会议", MeetingTestBed.Texts(await bed.SayAsync(client, act.Who, "取消", act.InGroup)), StringComparison.Ordinal);
        Assert.False(await act.Done());
    }

    private static void AssertAsks(JsonArray replies)
    {
        var text = MeetingTestBed.Texts(replies);
        Assert.StartsWith("请确认：", text, StringComparison.Ordinal);
        Assert.Contains("回复“确认”执行", text, StringComparison.Ordinal);
    }

    /// <summary>The data the card's button posts (0: 确认, 1: 取消).</summary>
    private static JsonObject ButtonData(JsonArray replies, int button) =>
        (JsonObject)replies[0]!["attachments"]![0]!["content"]!["actions"]![button]!["data"]!.DeepClone();

    private async Task<(MeetingTestBed Bed, HttpClient Client, Act Act)> ArrangeAsync(string action)
    {
        var bed = new MeetingTestBed(host.Factory);
        var client = host.Factory.CreateClient();
        // The collective material goes to the supervisors (督导组) for review, so its meeting seats one.
        var meeting = await bed.CreateAsync(withSupervisor: action is "finalise" or "approve-collective");
        var repository = bed.Repository;
        var now = host.Clock.GetUtcNow();
        async Task<Meeting> Stored() => (await repository.GetMeetingAsync(null, meeting.Id, CancellationToken.None))!;
        async Task<int> Audited(string what) => (await Stored()).Audit.Count(e => e.Action == what);

        switch (action)
        {
            case "confirm-meeting":
                return (bed, client, new Act(bed.Lead, "确认会议 强制：督导组已确定日期", false,
                    async () => (await Stored()).Status == MeetingStatus.Confirmed, async () => await Audited(AuditActions.MeetingConfirmed) + await Audited(AuditActions.MeetingConfirmedByOverride)));
            case "cancel-meeting":
                return (bed, client, new Act(bed.Secretary, "取消会议 上级通知推迟", true,
                    async () => (await Stored()).Status == MeetingStatus.Cancelled, () => Audited(AuditActions.MeetingCancelled)));
            case "reschedule":
                var to = meeting.LocalStart.AddDays(3);
                return (bed, client, new Act(bed.Secretary, $"改期 {to:yyyy-MM-dd} 15:00", true,
                    async () => (await Stored()).LocalStart.Date == to.Date, () => Audited(AuditActions.MeetingRescheduled)));
            case "approve":
                var outline = await bed.SubmitOutlineAsync(bed.Li, bed.Zhang);
                async Task<Submission> Outline() => (await repository.GetAsync<Submission>(null, outline.Id, CancellationToken.None))!;
                return (bed, client, new Act(bed.Lead, "批准 提纲1", false,
                    async () => (await Outline()).State == SubmissionState.Approved, async () => (await Outline()).DisclosedAt is null ? 0 : 1));
            case "circulate":
            case "finalise":
            case "approve-collective":
                Assert.Equal(MeetingBot.Chat.Meetings.Reviews.CollectiveMaterialTexts.Drafted.ZhCn, MeetingTestBed.Texts(await bed.SayAsync(client, bed.Lead, Draft)));
                async Task<Coordination.CollectiveMaterials.CollectiveMaterial> Material() =>
                    (await repository.GetAsync<Coordination.CollectiveMaterials.CollectiveMaterial>(null, DocumentId.CollectiveMaterial(meeting.Id), CancellationToken.None))!;
                if (action == "circulate")
                {
                    return (bed, client, new Act(bed.Lead, "传阅", false,
                        async () => (await Material()).Versions.Count > 0, async () => (await Material()).History.Count(e => e.Action == AuditActions.MaterialCirculated)));
                }

                await bed.SayConfirmedAsync(client, bed.Lead, "传阅");
                foreach (var member in (Actor[])[bed.Li, bed.Zhang, bed.Liu])
                {
                    await bed.SayAsync(client, member, "无意见");
                }

                // The lead's 定稿 sends it for review (送审); the supervisor's approval makes it final.
                if (action == "finalise")
                {
                    return (bed, client, new Act(bed.Lead, "定稿", false,
                        async () => (await Material()).State == Coordination.CollectiveMaterials.MaterialState.UnderReview, async () => (await Material()).History.Count(e => e.Action == AuditActions.MaterialSentForReview)));
                }

                await bed.SayConfirmedAsync(client, bed.Lead, "定稿");
                return (bed, client, new Act(bed.Supervisor, "集体材料 批准", false,
                    async () => (await Material()).FinalisedAt is not null, async () => (await Material()).History.Count(e => e.Action == AuditActions.MaterialApproved)));
        }

        // The rest come after the meeting is confirmed (by the lead's recorded override, through the domain).
        var template = bed.Template;
        await SaveAsync(repository, DocumentId.Meeting(meeting.Id), (Meeting? m) =>
            new ConfirmMeeting(m!.Version, "督导组已确定日期").Decide(new MeetingDossier(m, [], [], null, []), template, bed.Lead, now));
        if (action == "meeting-held")
        {
            host.Clock.JumpTo(meeting.StartsAt.AddMinutes(30));
            return (bed, client, new Act(bed.Secretary, "会议已召开", true,
                async () => (await Stored()).Status == MeetingStatus.Reporting, () => Audited(AuditActions.MeetingHeld)));
        }

        var held = meeting.StartsAt.AddMinutes(30);
        await SaveAsync(repository, DocumentId.Meeting(meeting.Id), (Meeting? m) => new MarkMeetingHeld(m!.Version).Decide(m, bed.Secretary, held));
        var after = await Stored();
        async Task<RectificationList?> List() => await repository.GetAsync<RectificationList>(null, DocumentId.Rectification(meeting.Id), CancellationToken.None);
        if (action == "propose")
        {
            var material = await bed.SubmitMaterialAsync(bed.Li);
            await SaveAsync(repository, material.Id, (Submission? s) => new ApproveSubmission(s!.Version, null).Decide(after, template, s, bed.Lead, now));
            var due = DateOnly.FromDateTime(after.LocalStart).AddMonths(2);
            return (bed, client, new Act(bed.Secretary, $"整改 生成 {due:yyyy-MM-dd}", false,
                async () => (await List())?.Tasks.Count > 0, async () => (await List())?.History.Count(e => e.Action == AuditActions.TasksAdded) ?? 0));
        }

        var dueDate = DateOnly.FromDateTime(after.LocalStart).AddMonths(2);
        await SaveAsync(repository, DocumentId.Rectification(meeting.Id), (RectificationList? l) =>
            new AddRectificationTasks(l?.Version ?? 0, [new NewRectificationTask("文山会海", "全镇性会议每月不超过2次", bed.Li.UserId, dueDate)]).Decide(after, l, bed.Secretary, held));
        return (bed, client, new Act(bed.Secretary, "公示", true,
            async () => (await List())!.Publications.Count > 0, async () => (await List())!.Publications.Count));
    }

    private const string Draft = "集体材料 问题：文山会海问题突出\n典型事例：一季度召开全镇性会议15次\n根源：宗旨意识淡化\n努力方向：改进作风\n整改措施：全镇性会议每月不超过2次";

    private static async Task SaveAsync<T>(MeetingRepository repository, DocumentId id, Func<T?, Outcome<T>> decide) where T : class
    {
        var outcome = await repository.UpdateAsync(null, id, decide, CancellationToken.None);
        Assert.True(outcome.IsSuccess, outcome.ToString());
    }

    /// <summary>Who asks for the action, with what words, where; whether it has happened, and how many times.</summary>
    private sealed record Act(Actor Who, string Text, bool InGroup, Func<Task<bool>> Done, Func<Task<int>> Times);
}
