using System.Text.Json.Nodes;
using MeetingBot.Chat.Meetings.Questions;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Tests.Chat.Meetings;
using MeetingBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Chat.Meetings.Questions;

/// <summary>
/// The lead returns 李敏's outline; her notice asks her to revise it, with a 修改 button, and the question stays open
/// for her alone, so a short 好的，我改 starts the revise command (修改 提纲1, owned by the revise flow) on that item.
/// </summary>
public sealed class ReturnedItemQuestionTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private readonly MeetingTestBed _bed = new(factory);

    [Fact]
    public async Task AReturnedOutline_AsksItsAuthorToRevise_AndHerShortAnswerTakesTheQuestion()
    {
        await using var channel = await _bed.PersonalChatsOnAFakeChannelAsync(_bed.Li);
        using var client = factory.CreateClient();
        await _bed.CreateWithOutlineAwaitingReviewAsync();

        await _bed.SayAsync(client, _bed.Lead, "退回 提纲1 典型事例不够具体");

        var notice = JsonNode.Parse(Assert.Single(channel.Requests).Body)!;
        Assert.Contains(OpenQuestionTexts.ReturnedAnswers.ZhCn, notice["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var revise = Assert.Single(notice["attachments"]![0]!["content"]!["actions"]!.AsArray())!["data"]!;
        Assert.Equal("修改", revise[OpenQuestionCard.CommandField]!.GetValue<string>());
        var question = Assert.Single(await OpenForAsync(_bed.Li));
        Assert.Equal((OpenQuestionKinds.Returned, "提纲1"), (question.Kind, question.SubjectName));
        Assert.Equal(question.Id, revise[OpenQuestionCard.QuestionField]!.GetValue<string>());
        // Asked of the author only: the lead and the target have nothing open.
        Assert.Empty(await OpenForAsync(_bed.Zhang));
        Assert.Empty(await OpenForAsync(_bed.Lead));

        await _bed.SayAsync(client, _bed.Li, "好的，我改");

        Assert.Empty(await OpenForAsync(_bed.Li));
    }

    private Task<IReadOnlyList<OpenQuestion>> OpenForAsync(Actor person) =>
        factory.Services.GetRequiredService<OpenQuestionStore>().OpenAsync(_bed.ChannelId, person.UserId, DateTimeOffset.UtcNow, CancellationToken.None);
}
