using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Coordination.CriticismOutlines;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Chat.Meetings.Submissions;

/// <summary>Each submission kind through the plain-text path, in Chinese, in the member's 1:1 chat.</summary>
public sealed class SubmissionFlowTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Fact]
    public async Task StudyCheckIn_PastedList_IsSubmitted_AndSubmittingAgainMakesANewVersion()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var member = seeded.Member(1);

        var ask = await seeded.SayAsync(client, member, "提交 学习");
        Assert.Contains(SubmissionTexts.StudyMaterials.ZhCn, ask[0], StringComparison.Ordinal);
        var review = await seeded.SayAsync(client, member, "1. 《党章》\n2. 中央八项规定\n3. 重要讲话");
        Assert.Contains("1. 《党章》", review[0], StringComparison.Ordinal);
        Assert.Contains(SubmissionTexts.Review.ZhCn, review[0], StringComparison.Ordinal);
        Assert.Equal([SubmissionTexts.Submitted.In(global::MeetingBot.Localization.UserLocale.ZhCn, 1)], await seeded.SayAsync(client, member, "提交"));

        await seeded.SayAsync(client, member, "提交 学习");
        await seeded.SayAsync(client, member, "1. 《党章》\n2. 中央八项规定\n3. 重要讲话\n4. 党史");
        Assert.Equal([SubmissionTexts.Submitted.In(global::MeetingBot.Localization.UserLocale.ZhCn, 2)], await seeded.SayAsync(client, member, "提交"));

        var stored = await seeded.StoredAsync("study-check-in", member);
        Assert.Equal(2, stored.Versions.Count);
        Assert.Equal(4, ((StudyCheckIn)stored.Latest!.Content).MaterialsStudied.Count);
        Assert.Equal(3, ((StudyCheckIn)stored.Versions[0].Content).MaterialsStudied.Count);
    }

    [Theory]
    [InlineData("好的，提交。")]
    [InlineData("没问题，提交吧。")]
    [InlineData("可以，确认提交")]
    public async Task ReadBack_AnsweredInASentence_IsSubmitted(string answer)
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var member = seeded.Member(1);

        await seeded.SayAsync(client, member, "提交 学习");
        await seeded.SayAsync(client, member, "1. 《党章》\n2. 中央八项规定");

        Assert.Equal([SubmissionTexts.Submitted.In(global::MeetingBot.Localization.UserLocale.ZhCn, 1)], await seeded.SayAsync(client, member, answer));
    }

    [Fact]
    public async Task ProblemList_ItemsWithCategorySourceAndDispute_AreSubmitted()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var member = seeded.Member(2);

        Assert.Contains("形式主义", (await seeded.SayAsync(client, member, "提交 问题"))[0], StringComparison.Ordinal);
        await seeded.SayAsync(client, member,
            "1. 形式主义｜文山会海｜上半年组织会议二十余次｜群众提｜认账\n2. 官僚主义｜调研走过场｜到基层调研只听汇报｜上级点｜异议：调研均有记录");
        Assert.Equal([SubmissionTexts.Submitted.In(global::MeetingBot.Localization.UserLocale.ZhCn, 1)], await seeded.SayAsync(client, member, "提交"));

        var items = ((ProblemList)(await seeded.StoredAsync("problem-list", member)).Latest!.Content).Items;
        Assert.Equal(["formalism", "bureaucratism"], items.Select(i => i.CategoryId));
        Assert.Equal(["masses", "superiors"], items.Select(i => i.SourceId));
        Assert.Equal(ProblemAcknowledgement.Disputed, items[1].Acknowledgement);
        Assert.Equal("调研均有记录", items[1].DisputeNote);
    }

    [Fact]
    public async Task SelfExamination_TypedSections_AreSubmitted()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var member = seeded.Member(1);

        await seeded.SayInTurnAsync(client, member, "提交 材料", "1. 调查研究不深入，例如全年只下基层两次\n2. 文件把关不严，例如一份通知三次返工", "理想信念有所松懈，宗旨意识淡化。", "坚持以人民为中心，改进作风。");
        var review = await seeded.SayAsync(client, member, "1. 每季度蹲点调研一周\n2. 建立文件审核清单");
        Assert.Contains("全年只下基层两次", review[0], StringComparison.Ordinal);
        Assert.Equal([SubmissionTexts.Submitted.In(global::MeetingBot.Localization.UserLocale.ZhCn, 1)], await seeded.SayAsync(client, member, "提交"));

        var material = (ExaminationMaterial)(await seeded.StoredAsync("self-examination", member)).Latest!.Content;
        Assert.Equal("全年只下基层两次", material.Problems[0].TypicalCase);
        Assert.Equal(2, material.Measures.Count);
    }

    [Fact]
    public async Task Outline_ShowsThePreReviewFlags_AndMayBeSubmittedAnyway()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var author = seeded.Member(1);

        var ask = await seeded.SayAsync(client, author, "提交 提纲 @张伟");
        Assert.Contains("张伟", ask[0], StringComparison.Ordinal);
        var review = await seeded.SayAsync(client, author, "1. 政治理论学习有待加强");
        Assert.Contains(SubmissionTexts.FlagsHeading.ZhCn, review[0], StringComparison.Ordinal);
        Assert.Contains("至少应有3条", review[0], StringComparison.Ordinal);
        Assert.Contains("第1条没有具体事例", review[0], StringComparison.Ordinal);

        Assert.Contains("请逐条写出对张伟的批评意见", (await seeded.SayAsync(client, author, "修改"))[0], StringComparison.Ordinal);
        var revised = await seeded.SayAsync(client, author,
            "1. 党性修养不够，宗旨意识淡化，例如今年三次推迟接访群众\n2. 工作落实不到位，例如年初部署的调研任务到十月仍未完成\n3. 对身边工作人员要求不严，例如司机公车私用未及时制止");
        Assert.True(revised[0].Contains(SubmissionTexts.NoFlags.ZhCn, StringComparison.Ordinal), revised[0]);
        Assert.Equal([SubmissionTexts.Submitted.In(global::MeetingBot.Localization.UserLocale.ZhCn, 1)], await seeded.SayAsync(client, author, "提交"));

        var outline = await seeded.StoredAsync("criticism-outline", author, seeded.Member(2));
        Assert.Equal(3, ((CriticismOutline)outline.Latest!.Content).Points.Count);
        Assert.Equal(SubmissionState.Submitted, outline.State);
    }

    [Fact]
    public async Task SaveDraft_ThenResume_SubmitsTheDraft_AndCancelKeepsADraft()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var member = seeded.Member(3);

        await seeded.SayAsync(client, member, "提交 学习");
        await seeded.SayAsync(client, member, "1. 《党章》");
        Assert.Contains("继续 学习", (await seeded.SayAsync(client, member, "保存草稿"))[0], StringComparison.Ordinal);
        var draft = await seeded.StoredAsync("study-check-in", member);
        Assert.Equal(SubmissionState.Draft, draft.State);
        Assert.Empty(draft.Versions);

        Assert.Contains("1. 《党章》", (await seeded.SayAsync(client, member, "继续 学习"))[0], StringComparison.Ordinal);
        Assert.Equal([SubmissionTexts.Submitted.In(global::MeetingBot.Localization.UserLocale.ZhCn, 1)], await seeded.SayAsync(client, member, "提交"));

        await seeded.SayAsync(client, member, "提交 问题");
        await seeded.SayAsync(client, member, "1. 形式主义｜会多｜一月开会十次｜自己找｜认账");
        var cancelled = await seeded.SayAsync(client, member, "取消");
        Assert.Contains(cancelled, r => r.Contains("继续 问题", StringComparison.Ordinal));
        Assert.NotNull((await seeded.StoredAsync("problem-list", member)).Draft);
    }

    [Fact]
    public async Task Back_AsksThePreviousQuestionAgain_AndTheNewAnswerIsUsed()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var member = seeded.Member(1);
        await seeded.SayAsync(client, member, "提交 材料");
        await seeded.SayAsync(client, member, "1. 调研不深入，例如全年只下基层两次");

        Assert.Contains(SubmissionTexts.MaterialProblems.ZhCn[..10], (await seeded.SayAsync(client, member, "返回"))[0], StringComparison.Ordinal);
        Assert.Contains(SubmissionTexts.MaterialRootCauses.ZhCn, (await seeded.SayAsync(client, member, "1. 会议过多，例如一月开会十次"))[0], StringComparison.Ordinal);
        await seeded.SayAsync(client, member, "宗旨意识淡化");
        await seeded.SayAsync(client, member, "改进作风");
        var review = await seeded.SayAsync(client, member, "1. 精简会议");

        Assert.Contains("一月开会十次", review[0], StringComparison.Ordinal);
        Assert.DoesNotContain("下基层两次", review[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResumeAlone_OpensTheOnlyDraft()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var member = seeded.Member(2);
        await seeded.SayInTurnAsync(client, member, "提交 提纲 @王芳", "1. 工作不够务实，例如某次调研只听汇报没有下到一线", "保存草稿");

        var resumed = await seeded.SayAsync(client, member, "继续");

        Assert.Contains("只听汇报", resumed[0], StringComparison.Ordinal);
        Assert.Contains(SubmissionTexts.FlagsHeading.ZhCn, resumed[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task IncompleteContent_IsAskedForAtSubmit_AndTheFlowStaysOpenToFixIt()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var member = seeded.Member(3);
        await seeded.SayAsync(client, member, "提交 问题");
        await seeded.SayAsync(client, member, "1. 形式主义｜会多｜一月开会十次｜自己找｜异议");

        var asked = await seeded.SayAsync(client, member, "提交");
        Assert.Contains(global::MeetingBot.Chat.Meetings.Submissions.Forms.ProblemFormTexts.MissingDisputeNote.In(global::MeetingBot.Localization.UserLocale.ZhCn, 1), asked[^1], StringComparison.Ordinal);

        await seeded.SayAsync(client, member, "修改");
        await seeded.SayAsync(client, member, "1. 形式主义｜会多｜一月开会十次｜自己找｜异议：多数会议为上级要求");
        Assert.Equal([SubmissionTexts.Submitted.In(global::MeetingBot.Localization.UserLocale.ZhCn, 1)], await seeded.SayAsync(client, member, "提交"));
    }

    [Fact]
    public async Task InEnglish_SubmitStudy_AsksAndConfirmsInEnglish()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var member = seeded.Member(1);
        var english = global::MeetingBot.Localization.UserLocale.En;

        var ask = await SeededMeeting.SendAsync(client, seeded.Message(member, "submit study").In("en-US"));
        Assert.Contains(SubmissionTexts.StudyMaterials.En, ask[0], StringComparison.Ordinal);
        await SeededMeeting.SendAsync(client, seeded.Message(member, "1. The Constitution\n2. The eight-point rules").In("en-US"));

        Assert.Equal([SubmissionTexts.Submitted.In(english, 1)], await SeededMeeting.SendAsync(client, seeded.Message(member, "submit").In("en-US")));
    }

    [Fact]
    public async Task MySubmissions_ListsOnlyMyOwn_WithTheirStates()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        await seeded.SayInTurnAsync(client, seeded.Member(1), "提交 学习", "1. 《党章》", "提交");
        await seeded.SayInTurnAsync(client, seeded.Member(2), "提交 学习", "1. 中央八项规定", "保存草稿");

        var mine = (await seeded.SayAsync(client, seeded.Member(2), "我的提交"))[0];

        Assert.Contains("学习情况：草稿，0 个版本，另有草稿", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("已提交", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("八项规定", mine, StringComparison.Ordinal);
    }
}
