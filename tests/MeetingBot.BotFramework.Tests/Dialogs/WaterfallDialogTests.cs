using MeetingBot.BotFramework.Dialogs;
using MeetingBot.BotFramework.Dialogs.Prompts;
using MeetingBot.BotFramework.State;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.BotFramework.Tests.Dialogs;

public sealed class WaterfallDialogTests
{
    /// <summary>Theme → number of members → confirm: the shape of every setup flow the bot runs.</summary>
    public static Dialog[] ThreeSteps() =>
    [
        new WaterfallDialog("setup",
        [
            (step, ct) => step.PromptAsync("text", PromptOptions.Say("Theme?"), ct),
            (step, ct) =>
            {
                step.SetValue("theme", (string)step.Result!);
                return step.PromptAsync("number", PromptOptions.Say("How many members?", "Please give a number."), ct);
            },
            (step, ct) =>
            {
                if (step.Result is int members)
                {
                    step.SetValue("members", members);
                }

                return step.PromptAsync("confirm", PromptOptions.Say($"Create '{step.GetValue<string>("theme")}' for {step.Result} members?"), ct);
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync(step.Result is true ? $"created {step.GetValue<string>("theme")}/{step.GetValue<int>("members")}" : "not created", ct);
                return await step.EndDialogAsync(step.GetValue<int>("members"), ct);
            },
        ]),
        new TextPrompt("text"),
        new NumberPrompt<int>("number"),
        new ConfirmPrompt("confirm"),
    ];

    [Fact]
    public async Task ThreeStepWaterfall_CollectsEachAnswer_AndEnds()
    {
        await using var chat = new Transcript(sp => new TranscriptBot(sp.GetRequiredService<PrivateConversationState>(), ThreeSteps()));

        Assert.Equal(["Theme?"], await chat.SendAsync("start setup"));
        Assert.Equal(["How many members?"], await chat.SendAsync("2026 democratic life meeting"));
        Assert.Equal(["Create '2026 democratic life meeting' for 7 members?"], await chat.SendAsync("７"));
        Assert.Equal(["created 2026 democratic life meeting/7"], await chat.SendAsync("yes"));
        Assert.Equal(["[idle]"], await chat.SendAsync("anything"));
    }

    [Fact]
    public async Task ThreeStepWaterfall_SurvivesAProcessRestartBetweenSteps_WithSqlite()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("meetingbot-dialog-").FullName, "state.db");
        static Transcript Start(string path) => new(sp => new TranscriptBot(sp.GetRequiredService<PrivateConversationState>(), ThreeSteps()), new SqliteStorage(path));

        await using (var before = Start(path))
        {
            await before.SendAsync("start setup");
            Assert.Equal(["How many members?"], await before.SendAsync("组织生活会"));
        }

        await using var after = Start(path);
        Assert.Equal(["Create '组织生活会' for 5 members?"], await after.SendAsync("五"));
        Assert.Equal(["created 组织生活会/5"], await after.SendAsync("是"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Cancel_InterruptsAtEveryStep_AndClearsTheStack(int answeredSteps)
    {
        await using var chat = await AtStepAsync(answeredSteps);

        Assert.Equal(["[cancelled]"], await chat.SendAsync("取消"));
        Assert.Equal(["[idle]"], await chat.SendAsync("7"));
    }

    [Theory]
    [InlineData(0, "Theme?")]
    [InlineData(1, "How many members?")]
    [InlineData(2, "Create 'T' for 3 members?")]
    public async Task Help_InterruptsAtEveryStep_ThenAsksTheSameQuestionAgain(int answeredSteps, string question)
    {
        await using var chat = await AtStepAsync(answeredSteps);

        var replies = await chat.SendAsync("HELP");

        Assert.Equal("[help]", replies[0]);
        Assert.StartsWith(question, replies[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Back_ReturnsToThePreviousQuestion_AndTheNewAnswerReplacesTheOld()
    {
        await using var chat = await AtStepAsync(2);

        Assert.Equal(["How many members?"], await chat.SendAsync("返回"));
        Assert.Equal(["Create 'T' for 9 members?"], await chat.SendAsync("9"));
    }

    [Fact]
    public async Task Back_AtTheFirstQuestion_SaysSoAndAsksAgain()
    {
        await using var chat = await AtStepAsync(0);

        Assert.Equal(["[no earlier step]", "Theme?"], await chat.SendAsync("back"));
    }

    [Fact]
    public async Task Validator_Reprompts_UntilTheAnswerIsAccepted()
    {
        Dialog[] dialogs =
        [
            new WaterfallDialog("count",
            [
                (step, ct) => step.PromptAsync("members", new PromptOptions
                {
                    Prompt = MeetingBot.BotFramework.Schema.Activity.CreateMessage("How many members (3-15)?"),
                    RetryPrompt = MeetingBot.BotFramework.Schema.Activity.CreateMessage("Between 3 and 15, please."),
                }, ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"members={step.Result}", ct);
                    return await step.EndDialogAsync(null, ct);
                },
            ]),
            new NumberPrompt<int>("members", (prompt, _) => Task.FromResult(prompt.Recognized.Value is >= 3 and <= 15)),
        ];
        await using var chat = new Transcript(sp => new TranscriptBot(sp.GetRequiredService<PrivateConversationState>(), dialogs));

        await chat.SendAsync("start count");
        Assert.Equal(["Between 3 and 15, please."], await chat.SendAsync("40"));
        Assert.Equal(["Between 3 and 15, please."], await chat.SendAsync("many"));
        Assert.Equal(["members=12"], await chat.SendAsync("十二"));
    }

    [Fact]
    public async Task Prompt_AfterMaxAttempts_GivesUpWithANullResult()
    {
        await using var chat = await AtStepAsync(1);

        Assert.Equal(["Please give a number."], await chat.SendAsync("x"));
        Assert.Equal(["Please give a number."], await chat.SendAsync("y"));
        Assert.Equal(["Create 'T' for  members?"], await chat.SendAsync("z"));
    }

    [Fact]
    public async Task StackSavedByAnOlderDeployment_RestartsWithAMessage_InsteadOfCrashing()
    {
        var storage = new MemoryStorage();
        await using (var old = new Transcript(sp => new TranscriptBot(sp.GetRequiredService<PrivateConversationState>(), ThreeSteps()), storage))
        {
            await old.SendAsync("start setup");
        }

        Dialog[] changed = [new WaterfallDialog("setup", [(step, ct) => step.PromptAsync("text", PromptOptions.Say("Name?"), ct)]), new TextPrompt("text")];
        await using var updated = new Transcript(sp => new TranscriptBot(sp.GetRequiredService<PrivateConversationState>(), changed), storage);

        Assert.Equal(["[restarted]", "[idle]"], await updated.SendAsync("my theme"));
    }

    private static async Task<Transcript> AtStepAsync(int answeredSteps)
    {
        var chat = new Transcript(sp => new TranscriptBot(sp.GetRequiredService<PrivateConversationState>(), ThreeSteps()));
        await chat.SendAsync("start setup");
        foreach (var answer in new[] { "T", "3" }.Take(answeredSteps))
        {
            await chat.SendAsync(answer);
        }

        return chat;
    }
}
