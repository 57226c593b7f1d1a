using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat.Meetings.Submissions;

/// <summary>Where cards render, each question also comes as a card with an input field, and its answer drives the same flow.</summary>
public sealed class SubmissionCardTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Fact]
    public async Task QuestionCard_HasAMultilineInput_AndItsAnswerAndButtonsCompleteTheFlow()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var member = seeded.Member(1);

        var replies = await Replies(client, seeded.Message(member, "提交 学习"));
        var input = replies[1]!["attachments"]![0]!["content"]!["body"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "Input.Text")!;
        Assert.True(input["isMultiline"]!.GetValue<bool>());

        var answer = seeded.Message(member, "");
        answer["value"] = new JsonObject { ["submission"] = "answer", [SubmissionCards.AnswerField] = "1. 《党章》\n2. 中央八项规定" };
        var review = await Replies(client, answer);
        Assert.Contains("中央八项规定", review[0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);

        var press = seeded.Message(member, "");
        press["value"] = new JsonObject { ["command"] = "提交" };
        await Replies(client, press);

        var stored = await seeded.StoredAsync("study-check-in", member);
        Assert.Equal(2, ((StudyCheckIn)stored.Latest!.Content).MaterialsStudied.Count);
    }

    private static async Task<JsonArray> Replies(HttpClient client, JsonObject message)
    {
        using var response = await client.PostActivityAsync(message);
        return await response.ReadRepliesAsync();
    }
}
