using System.Text.Json.Nodes;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;
using MeetingBot.Meetings.Storage;
using MeetingBot.Storage.Documents;
using MeetingBot.Tests.Chat.Meetings.Submissions;
using MeetingBot.Tests.Documents;
using MeetingBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Chat.Meetings.Rectification;

/// <summary>
/// A material handed in as a Word file proposes its measures like a typed one, and an owner's completion can carry
/// its evidence as an uploaded file, which the list names — through the HTTP pipeline.
/// </summary>
public sealed class WordMaterialAndEvidenceTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Fact]
    public async Task TheWordMaterialsMeasures_BecomeTasks_AndAFileIsTheEvidenceOfCompletion()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var member = seeded.Member(1);
        var material = TestDocx.Build(
            TestDocx.Paragraph("王芳个人对照检查材料"), TestDocx.Paragraph("一、存在的突出问题"), TestDocx.Paragraph("1. 文山会海，一季度发文40件"),
            TestDocx.Paragraph("2. 调研不深入"), TestDocx.Paragraph("二、产生问题的原因"), TestDocx.Paragraph("宗旨意识淡化"),
            TestDocx.Paragraph("三、整改措施"), TestDocx.Paragraph("1. 每月发文不超过10件"), TestDocx.Paragraph("2. 每季度到村调研不少于5天"));
        await seeded.SayAsync(client, member, "提交 材料");
        await SeededMeeting.SendAsync(client, WithFile(seeded.Message(member, ""), "对照检查材料.docx", material));
        Assert.Equal(["已提交（第 1 版）。"], await seeded.SayAsync(client, member, "提交"));
        await ApprovedAndHeldAsync(seeded, member);

        Assert.StartsWith("请确认：", Assert.Single(await seeded.SayAsync(client, seeded.Secretary, "整改 生成 2030-03-31")), StringComparison.Ordinal);
        Assert.Equal(["已添加整改任务2项（第1至2项）。"], await seeded.SayAsync(client, seeded.Secretary, "确认"));
        var list = (await factory.Services.GetRequiredService<MeetingRepository>().GetDossierAsync(null, seeded.Meeting.Id, CancellationToken.None))!.Rectification!;
        Assert.Equal([("文山会海，一季度发文40件", "每月发文不超过10件"), ("调研不深入", "每季度到村调研不少于5天")], list.Tasks.Select(t => (t.Problem, t.Measure)));
        Assert.All(list.Tasks, t => Assert.Equal(member, t.OwnerId));

        // 整改 完成 with the meeting's ledger as a Word file: kept in the document store, named on the list.
        var evidence = TestDocx.Build(TestDocx.Paragraph("2030年一季度发文台账"));
        Assert.Equal(["第1项整改任务已报完成，等待会议组织者或主要负责同志验收。"],
            await SeededMeeting.SendAsync(client, WithFile(seeded.Message(member, "整改 完成 1"), "发文台账.docx", evidence)));
        var listed = string.Join('\n', await seeded.SayAsync(client, seeded.Secretary, "整改"));
        Assert.Contains("完成佐证：附件《发文台账.docx》", listed, StringComparison.Ordinal);
        await using var stored = await factory.Services.GetRequiredService<IDocumentStore>().GetAsync($"{DocumentKeys.Of(DocumentId.Rectification(seeded.Meeting.Id))}/task-1/evidence/document");
        Assert.NotNull(stored);
        Assert.Equal(["第1项整改任务已验收，标记为完成。"], await seeded.SayAsync(client, seeded.Lead, "整改 验收 1"));
    }

    private static JsonObject WithFile(JsonObject message, string name, byte[] docx)
    {
        message["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = UploadActivities.DocxType,
            ["name"] = name,
            ["contentUrl"] = $"data:{UploadActivities.DocxType};base64,{Convert.ToBase64String(docx)}",
        });
        return message;
    }

    /// <summary>The lead approves the material (as 批准 does) and the meeting is held (as 会议已召开 leaves it).</summary>
    private async Task ApprovedAndHeldAsync(SeededMeeting seeded, string member)
    {
        var repository = factory.Services.GetRequiredService<MeetingRepository>();
        var template = factory.Services.GetRequiredService<TemplateLibrary>().Find(SeededMeeting.TemplateId)!;
        var lead = new Actor(seeded.Lead, "书记", "channel:" + SeededMeeting.Channel);
        var approved = await repository.UpdateAsync<Submission>(null, DocumentId.Submission(seeded.Meeting.Id, "self-examination", member, null), stored =>
            new ApproveSubmission(stored!.Version, null).Decide(seeded.Meeting, template, stored, lead, DateTimeOffset.UtcNow), CancellationToken.None);
        Assert.True(approved.IsSuccess, approved.ToString());
        var held = await repository.UpdateAsync<Meeting>(null, DocumentId.Meeting(seeded.Meeting.Id), stored =>
            stored! with { Status = MeetingStatus.Reporting, HeldAt = DateTimeOffset.UtcNow }, CancellationToken.None);
        Assert.True(held.IsSuccess, held.ToString());
    }
}
