using MeetingBot.BotFramework.Dialogs;
using MeetingBot.BotFramework.Dialogs.Prompts;
using MeetingBot.BotFramework.State;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.BotFramework.Tests.Dialogs;

/// <summary>A last step refuses what an earlier answer said and sends the person back to that question only.</summary>
public sealed class WaterfallRevisionTests
{
    private static readonly WaterfallStep AskTheme = (step, ct) => step.PromptAsync("text", PromptOptions.Say("Theme?"), ct);

    private static readonly WaterfallStep AskCount = (step, ct) =>
    {
        step.SetValue("theme", (string)step.Result!);
        return step.PromptAsync("number", PromptOptions.Say("How many?"), ct);
    };

    private static readonly WaterfallStep AskPlace = (step, ct) =>
    {
        step.SetValue("count", (int)step.Result!);
        return step.PromptAsync("text", PromptOptions.Say("Where?"), ct);
    };

    private static readonly WaterfallStep Finish = async (step, ct) =>
    {
        step.SetValue("place", (string)step.Result!);
        if (step.GetValue<int>("count") > 10)
        {
            await step.Context.SendActivityAsync("At most 10.", ct);
            return await step.ReviseAsync(AskCount, cancellationToken: ct);
        }

        await step.Context.SendActivityAsync($"created {step.GetValue<string>("theme")}/{step.GetValue<int>("count")}/{step.GetValue<string>("place")}", ct);
        return await step.EndDialogAsync(null, ct);
    };

    private static Transcript Start() => new(sp => new TranscriptBot(sp.GetRequiredService<PrivateConversationState>(),
    [
        new WaterfallDialog("setup", [AskTheme, AskCount, AskPlace, Finish]),
        new TextPrompt("text"),
        new NumberPrompt<int>("number"),
    ]));

    [Fact]
    public async Task ARefusal_AsksOnlyTheQuestionThatCausedIt_AndKeepsTheLaterAnswers()
    {
        await using var chat = Start();
        await chat.SendAsync("start setup");
        await chat.SendAsync("T");
        await chat.SendAsync("12");

        Assert.Equal(["At most 10.", "How many?"], await chat.SendAsync("Hall"));
        Assert.Equal(["created T/5/Hall"], await chat.SendAsync("5"));
    }

    [Fact]
    public async Task ARefusalAnsweredWrongAgain_IsRefusedAgain_AndBackDuringIt_AsksEveryQuestionOnTheWayForward()
    {
        await using var chat = Start();
        await chat.SendAsync("start setup");
        await chat.SendAsync("T");
        await chat.SendAsync("12");
        await chat.SendAsync("Hall");

        Assert.Equal(["At most 10.", "How many?"], await chat.SendAsync("11"));
        Assert.Equal(["Theme?"], await chat.SendAsync("back"));
        Assert.Equal(["How many?"], await chat.SendAsync("U"));
        Assert.Equal(["Where?"], await chat.SendAsync("4"));
        Assert.Equal(["created U/4/Room"], await chat.SendAsync("Room"));
    }
}
