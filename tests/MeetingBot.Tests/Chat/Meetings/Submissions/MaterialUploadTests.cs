using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Meetings.Storage;
using MeetingBot.Storage.Documents;
using MeetingBot.Tests.Documents;
using MeetingBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Chat.Meetings.Submissions;

/// <summary>A self-examination material sent as a Word file: stored with its version, its text extracted, submitted.</summary>
public sealed class MaterialUploadTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Fact]
    public async Task UploadedDocx_IsStored_AndItsTextExtracted_AndSubmitted()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var member = seeded.Member(1);
        var docx = TestDocx.Build(TestDocx.Paragraph("个人对照检查材料"), TestDocx.Paragraph("一、存在的问题：调查研究不深入。"));
        await seeded.SayAsync(client, member, "提交 材料");

        var upload = seeded.Message(member, "");
        upload["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = UploadActivities.DocxType,
            ["name"] = "对照检查材料.docx",
            ["contentUrl"] = $"data:{UploadActivities.DocxType};base64,{Convert.ToBase64String(docx)}",
        });
        var review = await SeededMeeting.SendAsync(client, upload);
        Assert.Contains("对照检查材料.docx", review[0], StringComparison.Ordinal);
        Assert.Equal([SubmissionTexts.Submitted.In(global::MeetingBot.Localization.UserLocale.ZhCn, 1)], await seeded.SayAsync(client, member, "提交"));

        var key = DocumentKeys.Of(DocumentId.Submission(seeded.Meeting.Id, "self-examination", member, null));
        var material = (ExaminationMaterial)(await seeded.Storage.ReadAsync<Submission>(key))!.Value.Latest!.Content;
        Assert.Contains("调查研究不深入", material.Document!.ExtractedText, StringComparison.Ordinal);
        Assert.Equal(UploadActivities.DocxType, material.Document.ContentType);
        await using var stored = await factory.Services.GetRequiredService<IDocumentStore>().GetAsync(key + "/document");
        Assert.NotNull(stored);
        Assert.Equal(1, stored.File.Version);
        Assert.Equal(docx.Length, stored.File.Length);
    }

    [Fact]
    public async Task UploadedTextFile_IsRefused_AndTheQuestionStands()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var member = seeded.Member(2);
        await seeded.SayAsync(client, member, "提交 材料");

        var upload = seeded.Message(member, "");
        upload["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "text/plain",
            ["name"] = "材料.txt",
            ["contentUrl"] = "data:text/plain;base64," + Convert.ToBase64String("问题"u8.ToArray()),
        });

        Assert.Equal([SubmissionTexts.UploadWrongType.ZhCn], await SeededMeeting.SendAsync(client, upload));
        Assert.Contains(SubmissionTexts.MaterialRootCauses.ZhCn, (await seeded.SayAsync(client, member, "1. 学习不够，例如一年只读一本书"))[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadedDocxBomb_IsRefusedInChinese_SayingWhatToDo_AndNothingIsStored()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var member = seeded.Member(3);
        await seeded.SayAsync(client, member, "提交 材料");
        var bomb = DocxBomb.WithComment(DocxBomb.ContentTypes, 100L * 1024 * 1024);

        var upload = seeded.Message(member, "");
        upload["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = UploadActivities.DocxType,
            ["name"] = "对照检查材料.docx",
            ["contentUrl"] = $"data:{UploadActivities.DocxType};base64,{Convert.ToBase64String(bomb)}",
        });

        var reply = Assert.Single(await SeededMeeting.SendAsync(client, upload));
        Assert.Equal(SubmissionTexts.UploadTooLargeUnpacked.In(global::MeetingBot.Localization.UserLocale.ZhCn, 64), reply);
        Assert.Contains("另存为", reply, StringComparison.Ordinal);
        var key = DocumentKeys.Of(DocumentId.Submission(seeded.Meeting.Id, "self-examination", member, null));
        await using var stored = await factory.Services.GetRequiredService<IDocumentStore>().GetAsync(key + "/document");
        Assert.Null(stored);
    }

    [Fact]
    public async Task ALinkToAnIntranetAddress_IsNotFetched_AndTheRefusalSaysToSendTheFileItself()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var member = seeded.Member(2);
        await seeded.SayAsync(client, member, "提交 材料");

        var upload = seeded.Message(member, "");
        upload["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = UploadActivities.DocxType,
            ["name"] = "材料.docx",
            ["contentUrl"] = "http://127.0.0.1:9/intranet/材料.docx",
        });

        Assert.Equal([SubmissionTexts.UploadSourceRefused.ZhCn], await SeededMeeting.SendAsync(client, upload));
    }
}
