using MeetingBot.BotFramework.Dialogs;
using MeetingBot.BotFramework.Dialogs.Prompts;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.BotFramework.Tests.Dialogs.Prompts;

public sealed class DateTimePromptTests
{
    // Wednesday 8 July 2026, 10:00 in Shanghai.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 7, 8, 2, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("7月15日下午3点", "2026-07-15T15:00:00+08:00")]
    [InlineData("明天上午9点", "2026-07-09T09:00:00+08:00")]
    [InlineData("next Friday 10am", "2026-07-17T10:00:00+08:00")]
    [InlineData("2026-07-15 15:00", "2026-07-15T15:00:00+08:00")]
    public async Task FutureMoment_IsAccepted_InTheUsersZone(string typed, string expected)
    {
        await using var chat = Chat();
        await chat.SendAsync("start when");

        Assert.Equal([$"at {expected}"], await chat.SendAsync(typed));
    }

    [Fact]
    public async Task MomentInThePast_IsAskedAgainWithTheReasonAndAnExample()
    {
        await using var chat = Chat();
        await chat.SendAsync("start when");

        Assert.Equal(["That is in the past. For example: 7月15日下午3点"], await chat.SendAsync("昨天"));
    }

    [Fact]
    public async Task AmbiguousHour_IsAskedAgain_NeverGuessed()
    {
        await using var chat = Chat();
        await chat.SendAsync("start when");

        Assert.Equal(["Morning or afternoon? For example: 下午3点"], await chat.SendAsync("7月15日3点"));
        Assert.Equal(["at 2026-07-15T15:00:00+08:00"], await chat.SendAsync("7月15日下午3点"));
    }

    [Fact]
    public async Task Nonsense_GetsTheGeneralRetryPrompt()
    {
        await using var chat = Chat();
        await chat.SendAsync("start when");

        Assert.Equal(["Please give a date, e.g. 2026-07-15 15:00"], await chat.SendAsync("whenever"));
    }

    [Fact]
    public async Task Back_ReRunsTheStepAfterTheDate_WhichStillSeesATypedDate()
    {
        var flow = new WaterfallDialog("when-then",
        [
            (step, ct) => step.PromptAsync("date", PromptOptions.Say("When?"), ct),
            (step, ct) => step.PromptAsync("text", PromptOptions.Say($"Where, on {((DateTimeRecognition)step.Result!).Value:MM-dd}?"), ct),
            (step, ct) => step.PromptAsync("text", PromptOptions.Say("Who?"), ct),
            (step, ct) => step.EndDialogAsync(null, ct),
        ]);
        await using var chat = new Transcript(sp => new TranscriptBot(sp.GetRequiredService<PrivateConversationState>(), flow, new DateTimePrompt("date", _time), new TextPrompt("text")));
        await chat.SendAsync("start when-then");
        await chat.SendAsync("7月20日");
        Assert.Equal(["Who?"], await chat.SendAsync("会议室"));

        Assert.Equal(["Where, on 07-20?"], await chat.SendAsync("back"));
    }

    [Fact]
    public async Task TheUsersTimeZone_IsRespected()
    {
        await using var chat = Chat(zone: "Europe/Berlin");
        await chat.SendAsync("start when");

        Assert.Equal(["at 2026-07-15T15:00:00+02:00"], await chat.SendAsync("Jul 15 15:00"));
    }

    private Transcript Chat(string zone = "Asia/Shanghai")
    {
        var options = new PromptOptions
        {
            Prompt = Activity.CreateMessage("When?"),
            RetryPrompt = Activity.CreateMessage("Please give a date, e.g. 2026-07-15 15:00"),
            RetryPromptsByReason = new()
            {
                [DateTimePrompt.PastReason] = Activity.CreateMessage("That is in the past. For example: 7月15日下午3点"),
                [DateTimePrompt.AmbiguousReason] = Activity.CreateMessage("Morning or afternoon? For example: 下午3点"),
            },
            TimeZone = zone,
            FutureOnly = true,
        };
        var flow = new WaterfallDialog("when",
        [
            (step, ct) => step.PromptAsync("date", options, ct),
            async (step, ct) =>
            {
                var chosen = step.Result as DateTimeRecognition;
                await step.Context.SendActivityAsync($"at {chosen?.Value:yyyy-MM-ddTHH:mm:sszzz}", ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);
        return new Transcript(sp => new TranscriptBot(sp.GetRequiredService<PrivateConversationState>(), flow, new DateTimePrompt("date", _time)));
    }
}
