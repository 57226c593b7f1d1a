using System.Text.Json;
using MeetingBot.BotFramework.Dialogs;
using MeetingBot.BotFramework.Dialogs.Prompts;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.State;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.BotFramework.Tests.Dialogs;

public sealed class PromptTests
{
    [Theory]
    [InlineData("是", "True")]
    [InlineData("好的", "True")]
    [InlineData("Yes", "True")]
    [InlineData("ok", "True")]
    [InlineData("否", "False")]
    [InlineData("不同意", "False")]
    [InlineData("no", "False")]
    public async Task Confirm_UnderstandsChineseAndEnglish(string answer, string expected)
    {
        await using var chat = Chat(new ConfirmPrompt("ask"), PromptOptions.Say("Sure?", "Yes or no?"));
        await chat.SendAsync("start flow");

        Assert.Equal([$"answer={expected}"], await chat.SendAsync(answer));
    }

    [Fact]
    public async Task Confirm_ShowsYesAndNoButtons_InTheUsersLanguage()
    {
        await using var chat = Chat(new ConfirmPrompt("ask"), PromptOptions.Say("确认吗？"));
        chat.Locale = "zh-CN";

        var prompt = (await chat.SendActivityAsync(new Activity { Text = "start flow" })).Single();

        Assert.Equal(["是", "否"], prompt.SuggestedActions!.Actions!.Select(a => a.Title));
    }

    [Fact]
    public async Task Confirm_NotUnderstood_AsksAgainWithTheRetryPrompt()
    {
        await using var chat = Chat(new ConfirmPrompt("ask"), PromptOptions.Say("Sure?", "Yes or no?"));
        await chat.SendAsync("start flow");

        Assert.Equal(["Yes or no?"], await chat.SendAsync("maybe"));
    }

    [Theory]
    [InlineData("2", "lead")]
    [InlineData("二", "lead")]
    [InlineData("Lead", "lead")]
    [InlineData("书记", "lead")]
    [InlineData("member", "member")]
    public async Task Choice_IsPickedByNumberTitleOrSynonym(string answer, string expected)
    {
        await using var chat = Chat(new ChoicePrompt("ask"), Roles());
        await chat.SendAsync("start flow");

        Assert.Equal([$"answer={expected}"], await chat.SendAsync(answer));
    }

    [Fact]
    public async Task Choice_ListsTheOptions_AndOffersThemAsButtons()
    {
        await using var chat = Chat(new ChoicePrompt("ask"), Roles());

        var prompt = (await chat.SendActivityAsync(new Activity { Text = "start flow" })).Single();

        Assert.Equal("Role?\n1. Member\n2. Lead", prompt.Text);
        Assert.Equal(["Member", "Lead"], prompt.SuggestedActions!.Actions!.Select(a => a.Title));
    }

    [Fact]
    public async Task Choice_AcceptsACardButton()
    {
        await using var chat = Chat(new ChoicePrompt("ask"), Roles());
        await chat.SendAsync("start flow");

        var replies = await chat.SendActivityAsync(new Activity { Value = JsonSerializer.SerializeToElement(new { choice = "lead" }) });

        Assert.Equal("answer=lead", replies.Single().Text);
    }

    [Fact]
    public async Task CardSubmit_ReturnsTheSubmittedObject_AndRefusesTypedText()
    {
        await using var chat = Chat(new CardSubmitPrompt("ask"), PromptOptions.Say("Fill in the card.", "Please use the card's button."));
        await chat.SendAsync("start flow");

        Assert.Equal(["Please use the card's button."], await chat.SendAsync("here is my outline"));
        var replies = await chat.SendActivityAsync(new Activity { Value = JsonSerializer.SerializeToElement(new { outline = "工作不够实" }) });

        Assert.Equal("answer={\"outline\":\"工作不够实\"}", replies.Single().Text);
    }

    [Fact]
    public async Task Text_RefusesAnEmptyAnswer()
    {
        await using var chat = Chat(new TextPrompt("ask"), PromptOptions.Say("Theme?", "The theme cannot be empty."));
        await chat.SendAsync("start flow");

        Assert.Equal(["The theme cannot be empty."], await chat.SendAsync("   "));
    }

    private static PromptOptions Roles() => new()
    {
        Prompt = Activity.CreateMessage("Role?"),
        Choices = [new Choice("member", "Member", ["成员"]), new Choice("lead", "Lead", ["书记"])],
    };

    private static Transcript Chat(Dialog prompt, PromptOptions options)
    {
        var flow = new WaterfallDialog("flow",
        [
            (step, ct) => step.PromptAsync("ask", options, ct),
            async (step, ct) =>
            {
                var shown = step.Result is JsonElement json ? json.GetRawText() : step.Result?.ToString();
                await step.Context.SendActivityAsync($"answer={shown}", ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);
        return new Transcript(sp => new TranscriptBot(sp.GetRequiredService<PrivateConversationState>(), flow, prompt));
    }
}
