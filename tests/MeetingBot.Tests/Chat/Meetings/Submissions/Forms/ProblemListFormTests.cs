using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Chat.Meetings.Submissions.Forms;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Localization;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Documents;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat.Meetings.Submissions.Forms;

/// <summary>A problem list written the way officials write it, read back item by item, completed, handed in.</summary>
public sealed class ProblemListFormTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private const string WithHeadings = """
        形式主义方面：
        1. 文山会海，例如上半年组织全镇性会议二十余次（群众提）
        2. 督查检查过多过频
        官僚主义方面：1. 调研走过场，比如到村里只听汇报（上级点）
        """;

    [Fact]
    public async Task ProblemListWrittenWithHeadings_IsShownAsUnderstood_AndHandedIn()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var member = seeded.Member(1);

        var asked = (await seeded.SayAsync(client, member, "提交 问题"))[0];
        Assert.Contains("形式主义方面", asked, StringComparison.Ordinal);
        Assert.Contains("四风（形式主义、官僚主义、享乐主义、奢靡之风）、不落实", asked, StringComparison.Ordinal);
        var review = (await seeded.SayAsync(client, member, WithHeadings))[0];

        Assert.Contains("1. 类别：形式主义；表现：文山会海；事例：上半年组织全镇性会议二十余次；来源：群众提；认账", review, StringComparison.Ordinal);
        Assert.Contains("3. 类别：官僚主义；表现：调研走过场；事例：到村里只听汇报；来源：上级点", review, StringComparison.Ordinal);
        Assert.Contains(ProblemFormTexts.MissingCase.In(UserLocale.ZhCn, 2), review, StringComparison.Ordinal);
        Assert.DoesNotContain(ProblemFormTexts.StillMissing.ZhCn, review, StringComparison.Ordinal);

        Assert.Contains("一个月迎检四次", (await seeded.SayAsync(client, member, "2 事例：一个月迎检四次"))[0], StringComparison.Ordinal);
        Assert.Equal([SubmissionTexts.Submitted.In(UserLocale.ZhCn, 1)], await seeded.SayAsync(client, member, "提交"));

        var items = (await ReadAsync(seeded, member)).Items;
        Assert.Equal(["formalism", "formalism", "bureaucratism"], items.Select(i => i.CategoryId));
        Assert.Equal(["masses", "self", "superiors"], items.Select(i => i.SourceId));
        Assert.Equal("一个月迎检四次", items[1].TypicalCase);
    }

    [Fact]
    public async Task MissingCategory_IsAskedFor_NotRefusedAtSubmit_AndAShortReplyFillsIt()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var member = seeded.Member(2);
        await seeded.SayAsync(client, member, "提交 问题");

        var review = (await seeded.SayAsync(client, member, "1. 工作不够扎实，例如全年只下村调研两次"))[0];
        var ask = ProblemFormTexts.MissingCategory.In(UserLocale.ZhCn, 1, "形式主义");
        Assert.Contains(ask, review, StringComparison.Ordinal);

        var atSubmit = await seeded.SayAsync(client, member, "提交");
        Assert.Contains(ask, atSubmit[0], StringComparison.Ordinal);
        Assert.Null(await seeded.Storage.ReadAsync<Submission>(Key(seeded, member)));

        Assert.Contains("类别：官僚主义", (await seeded.SayAsync(client, member, "1 官僚主义"))[0], StringComparison.Ordinal);
        Assert.Equal([SubmissionTexts.Submitted.In(UserLocale.ZhCn, 1)], await seeded.SayAsync(client, member, "提交"));
        Assert.Equal("bureaucratism", Assert.Single((await ReadAsync(seeded, member)).Items).CategoryId);
    }

    [Fact]
    public async Task ARequestTypedAtTheReadBack_IsNotTakenAsAnItemsCase_TheAuthorIsToldHowToDoEither()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var member = seeded.Member(1);
        await seeded.SayAsync(client, member, "提交 问题");
        await seeded.SayAsync(client, member, "1. 形式主义：理论学习不够系统，学用结合不紧");

        // Unlabelled, this would fill item 1's missing case; it is a request to hand in the study notes instead.
        var told = await seeded.SayAsync(client, member, "好的，我要交学习心得");

        Assert.Equal([SubmissionTexts.RequestDuringReview.In(UserLocale.ZhCn, "提交 学习")], told);
        Assert.Contains("事例", (await seeded.SayAsync(client, member, "1 事例：全年只读了两本书"))[0], StringComparison.Ordinal);
        Assert.Equal([SubmissionTexts.Submitted.In(UserLocale.ZhCn, 1)], await seeded.SayAsync(client, member, "提交"));
        Assert.Equal("全年只读了两本书", Assert.Single((await ReadAsync(seeded, member)).Items).TypicalCase);
    }

    [Fact]
    public async Task ProblemListSentAsWord_IsReadIntoItems()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var member = seeded.Member(3);
        var docx = TestDocx.Build(
            TestDocx.Paragraph("一、形式主义方面"),
            TestDocx.Paragraph("1. 文山会海，例如一季度发文六十件"),
            TestDocx.Paragraph("二、享乐主义方面"),
            TestDocx.Paragraph("1. 贪图安逸，比如周末从不下村（互相帮）"));
        await seeded.SayAsync(client, member, "提交 问题");

        var upload = seeded.Message(member, "");
        upload["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = UploadActivities.DocxType,
            ["name"] = "问题清单.docx",
            ["contentUrl"] = $"data:{UploadActivities.DocxType};base64,{Convert.ToBase64String(docx)}",
        });
        var review = (await SeededMeeting.SendAsync(client, upload))[0];

        Assert.Contains("2. 类别：享乐主义；表现：贪图安逸；事例：周末从不下村；来源：互相帮", review, StringComparison.Ordinal);
        Assert.Equal([SubmissionTexts.Submitted.In(UserLocale.ZhCn, 1)], await seeded.SayAsync(client, member, "提交"));
        Assert.Equal(["formalism", "hedonism"], (await ReadAsync(seeded, member)).Items.Select(i => i.CategoryId));
    }

    private static string Key(SeededMeeting seeded, string member) => DocumentKeys.Of(DocumentId.Submission(seeded.Meeting.Id, "problem-list", member, null));

    private static async Task<ProblemList> ReadAsync(SeededMeeting seeded, string member) =>
        (ProblemList)(await seeded.Storage.ReadAsync<Submission>(Key(seeded, member)))!.Value.Latest!.Content;
}
