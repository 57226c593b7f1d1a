using System.Text.Json.Nodes;
using MeetingBot.Chat.Meetings.Reviews;
using MeetingBot.Coordination.CollectiveMaterials;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Tests.Documents;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat.Meetings.Reviews;

/// <summary>The lead drafts the collective material through the card, section by section, or sends it as a Word file.</summary>
public sealed class CollectiveMaterialFormTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private readonly MeetingTestBed _bed = new(factory);

    [Fact]
    public async Task LeadDraftsTheCollectiveMaterialThroughTheCard_SectionBySection_ThenCirculates()
    {
        using var client = factory.CreateClient();
        await _bed.CreateAsync();

        var opened = await _bed.SayAsync(client, _bed.Lead, "集体材料 起草");
        var card = MeetingTestBed.AllStrings(opened);
        Assert.Contains(CollectiveMaterialTexts.RootCausesLabel.ZhCn, card, StringComparison.Ordinal);
        Assert.Contains(CollectiveMaterialTexts.DraftHow.ZhCn, MeetingTestBed.Texts(opened), StringComparison.Ordinal);

        // First sitting: only the problems; the lead is told what circulation will still need.
        var first = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Lead, null, value: Form("1. 文山会海问题突出，例如一季度召开全镇性会议15次\n2. 调研不深入，典型事例：全年只下村两次", "", "", "")));
        Assert.Contains(CollectiveMaterialTexts.Drafted.ZhCn, first, StringComparison.Ordinal);
        Assert.Contains("传阅前还需补充", first, StringComparison.Ordinal);

        // Second sitting: the card opens with the problems already in it; the rest is added.
        var reopened = MeetingTestBed.AllStrings(await _bed.SayAsync(client, _bed.Lead, "集体材料 起草"));
        Assert.Contains("1. 文山会海问题突出，典型事例：一季度召开全镇性会议15次", reopened, StringComparison.Ordinal);
        var second = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Lead, null, value: Form(
            "1. 文山会海问题突出，典型事例：一季度召开全镇性会议15次\n2. 调研不深入，典型事例：全年只下村两次",
            "宗旨意识淡化，群众观点树得不牢", "坚持以人民为中心，改进作风", "1. 全镇性会议每月不超过2次\n2. 班子成员每季度蹲点调研一周")));
        Assert.Equal(CollectiveMaterialTexts.Drafted.ZhCn, second);

        Assert.Contains("3", MeetingTestBed.Texts(await _bed.SayConfirmedAsync(client, _bed.Lead, "传阅")), StringComparison.Ordinal);
        var stored = await _bed.Repository.GetAsync<CollectiveMaterial>(null, DocumentId.CollectiveMaterial(_bed.MeetingId), CancellationToken.None);
        var content = (ExaminationMaterial)stored!.Latest!.Content;
        Assert.Equal(["全年只下村两次"], content.Problems.Skip(1).Select(p => p.TypicalCase));
        Assert.Equal(2, content.Measures.Count);
    }

    [Fact]
    public async Task OneSectionTypedAsText_ChangesOnlyThatSection()
    {
        using var client = factory.CreateClient();
        await _bed.CreateAsync();
        await _bed.SayAsync(client, _bed.Lead, "集体材料 问题：文山会海问题突出\n典型事例：一季度开会15次\n根源：宗旨意识淡化\n努力方向：改进作风\n整改措施：会议每月不超过2次");

        await _bed.SayAsync(client, _bed.Lead, "集体材料 根源：理想信念有所松懈");

        var draft = (await _bed.Repository.GetAsync<CollectiveMaterial>(null, DocumentId.CollectiveMaterial(_bed.MeetingId), CancellationToken.None))!.Draft!;
        Assert.Equal("理想信念有所松懈", draft.RootCauses);
        Assert.Equal("文山会海问题突出", Assert.Single(draft.Problems).Description);
        Assert.Equal(["会议每月不超过2次"], draft.Measures);
    }

    [Fact]
    public async Task LeadSendsTheMaterialAsAWordFile_InTheDraftFlow()
    {
        // Web Chat sends an upload as a message of its own, with no text: the open draft flow takes it.
        var bed = new MeetingTestBed(factory, "directline");
        using var client = factory.CreateClient();
        await bed.CreateAsync();
        await bed.SayAsync(client, bed.Lead, "集体材料 起草");
        var docx = TestDocx.Build(TestDocx.Paragraph("领导班子对照检查材料"), TestDocx.Paragraph("一、存在的问题：文山会海。"));

        var upload = new JsonObject
        {
            ["contentType"] = UploadActivities.DocxType,
            ["name"] = "班子对照检查材料.docx",
            ["contentUrl"] = $"data:{UploadActivities.DocxType};base64,{Convert.ToBase64String(docx)}",
        };
        var replies = await SendFileAsync(client, bed, upload);

        Assert.Contains(CollectiveMaterialTexts.Drafted.ZhCn, MeetingTestBed.Texts(replies), StringComparison.Ordinal);
        var draft = (await bed.Repository.GetAsync<CollectiveMaterial>(null, DocumentId.CollectiveMaterial(bed.MeetingId), CancellationToken.None))!.Draft!;
        Assert.Contains("文山会海", draft.Document!.ExtractedText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMemberAskingForTheForm_IsRefused_AndNoCardIsShown()
    {
        using var client = factory.CreateClient();
        await _bed.CreateAsync();

        var replies = await _bed.SayAsync(client, _bed.Li, "集体材料 起草");

        Assert.Equal("只有主要负责同志可以这样做。如需办理，请联系迟永生。", MeetingTestBed.Texts(replies));
        Assert.DoesNotContain(CollectiveMaterialTexts.RootCausesLabel.ZhCn, MeetingTestBed.AllStrings(replies), StringComparison.Ordinal);
    }

    private static JsonObject Form(string problems, string rootCauses, string direction, string measures) => new()
    {
        ["command"] = "集体材料",
        [CollectiveMaterialCard.Marker] = CollectiveMaterialCard.DraftValue,
        [CollectiveMaterialCard.ProblemsField] = problems,
        [CollectiveMaterialCard.RootCausesField] = rootCauses,
        [CollectiveMaterialCard.DirectionField] = direction,
        [CollectiveMaterialCard.MeasuresField] = measures,
    };

    private static async Task<JsonArray> SendFileAsync(HttpClient client, MeetingTestBed bed, JsonObject attachment)
    {
        var message = ActivityJson.Message(string.Empty, bed.ChannelId).In("zh-CN").ExpectingReplies();
        message.Remove("text");
        message["from"] = new JsonObject { ["id"] = bed.Lead.UserId, ["name"] = bed.Lead.Name, ["aadObjectId"] = bed.Lead.UserId };
        message["conversation"] = new JsonObject { ["id"] = "personal-" + bed.Lead.UserId, ["conversationType"] = "personal" };
        message["attachments"] = new JsonArray(attachment);
        using var response = await client.PostActivityAsync(message);
        return await response.ReadRepliesAsync();
    }
}
