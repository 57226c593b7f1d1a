using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat.Meetings.Opinions;

/// <summary>
/// An opinion given to a member to answer (上级点、群众提、集体议) is filed in his problem list document, stands
/// under his list when he writes it, and carries his answer (认账 or 说明); assigned on to someone else, it leaves
/// his list for the other's. Nobody else's problem list holds it.
/// </summary>
public sealed class OpinionsInProblemListTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Fact]
    public async Task AnAssignedOpinion_IsFiledInTheMembersProblemList_ShownThere_AndAnswered()
    {
        var bed = new MeetingTestBed(factory);
        using var client = factory.CreateClient();
        await bed.CreateAsync();

        Assert.Equal("已录入意见1（上级点），已交李敏回应。", await Say(bed, client, bed.Secretary, "上级点 李敏：下基层调研少，分管村的情况掌握不全"));
        var filed = Assert.Single((await ProblemListOf(bed, bed.Li))!.Opinions);
        Assert.Equal(new FiledOpinion(1, "superiors", "下基层调研少，分管村的情况掌握不全", null), filed);
        Assert.Null(await ProblemListOf(bed, bed.Zhang));

        Assert.Equal("已记录你对意见1的回应：说明情况：今年已走遍分管的6个村。", await Say(bed, client, bed.Li, "回应意见 1 说明 今年已走遍分管的6个村。"));
        var answered = Assert.Single((await ProblemListOf(bed, bed.Li))!.Opinions);
        Assert.Equal((OpinionAnswerKind.Explained, "今年已走遍分管的6个村。"), (answered.Answer!.Kind, answered.Answer.Note));

        // Writing his list, he reads the filed opinion under it with his answer.
        await Say(bed, client, bed.Li, "提交 问题");
        var readBack = await Say(bed, client, bed.Li, "1. 形式主义｜文山会海｜上半年组织会议二十余次｜自己找｜认账");
        Assert.Contains("交办给你、列入问题清单的意见（共1条，请逐条认账或说明情况）：\n意见1（上级点）：下基层调研少，分管村的情况掌握不全——已说明情况：今年已走遍分管的6个村。",
            readBack, StringComparison.Ordinal);

        // Another member writing his own list reads nothing of it.
        await Say(bed, client, bed.Zhang, "提交 问题");
        var zhangs = await Say(bed, client, bed.Zhang, "1. 形式主义｜文山会海｜上半年组织会议二十余次｜自己找｜认账");
        Assert.DoesNotContain("下基层调研少", zhangs, StringComparison.Ordinal);
        Assert.DoesNotContain("交办给你、列入问题清单的意见", zhangs, StringComparison.Ordinal);

        // Handed in, the list keeps its filed opinions beside the version; the trail says they were filed.
        await Say(bed, client, bed.Li, "提交");
        var submitted = (await ProblemListOf(bed, bed.Li))!;
        Assert.Equal(SubmissionState.Submitted, submitted.State);
        Assert.Single(submitted.Opinions);
        Assert.Contains(submitted.History, h => h.Action == AuditActions.OpinionsFiled && h.ActorId == bed.Secretary.UserId);

        // Assigned on to another member, it leaves Li's list for Liu's, unanswered there.
        Assert.Equal("意见1已交刘洋回应，已通知本人。", await Say(bed, client, bed.Secretary, "交办意见 1 刘洋"));
        Assert.Empty((await ProblemListOf(bed, bed.Li))!.Opinions);
        Assert.Equal([1], (await ProblemListOf(bed, bed.Liu))!.Opinions.Select(o => o.Number));
        Assert.Null(await ProblemListOf(bed, bed.Zhang));
    }

    [Fact]
    public async Task AMemberAnswersInEnglish_AndTheAnswerIsFiled()
    {
        var bed = new MeetingTestBed(factory);
        using var client = factory.CreateClient();
        await bed.CreateAsync();
        await Say(bed, client, bed.Secretary, "集体议 张伟：会议多、落实少");

        Assert.Equal("Your answer to opinion 1 is recorded: accepted.",
            MeetingTestBed.Texts(await bed.SayAsync(client, bed.Zhang, "answer opinion 1 accept", locale: "en")));
        var filed = Assert.Single((await ProblemListOf(bed, bed.Zhang))!.Opinions);
        Assert.Equal(("collective", OpinionAnswerKind.Acknowledged), (filed.SourceId, filed.Answer!.Kind));

        await bed.SayAsync(client, bed.Zhang, "submit problems", locale: "en");
        var readBack = MeetingTestBed.Texts(await bed.SayAsync(client, bed.Zhang, "1. 形式主义｜文山会海｜上半年组织会议二十余次｜自己找｜认账", locale: "en"));
        Assert.Contains("Opinions given to you and filed in your problem list (1; accept or explain each):", readBack, StringComparison.Ordinal);
        Assert.Contains("— accepted", readBack, StringComparison.Ordinal);
    }

    private static Task<Submission?> ProblemListOf(MeetingTestBed bed, Actor member) =>
        bed.Repository.GetAsync<Submission>(null, DocumentId.Submission(bed.MeetingId, "problem-list", member.UserId, null), CancellationToken.None);

    private static async Task<string> Say(MeetingTestBed bed, HttpClient client, Actor from, string text) =>
        MeetingTestBed.Texts(await bed.SayAsync(client, from, text));
}
