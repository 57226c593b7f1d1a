using MeetingBot.BotFramework.Dialogs;
using MeetingBot.BotFramework.Dialogs.Prompts;
using MeetingBot.BotFramework.State;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.BotFramework.Tests.Dialogs;

public sealed class ComponentDialogTests
{
    /// <summary>A self-contained flow: asks a name, returns it to whoever started it.</summary>
    private sealed class AskName : ComponentDialog
    {
        public AskName()
            : base("ask-name")
        {
            AddDialog(new WaterfallDialog("ask-name.flow",
            [
                (step, ct) => step.PromptAsync("ask-name.text", PromptOptions.Say("Name?"), ct),
                (step, ct) => step.EndDialogAsync($"name:{step.Result}", ct),
            ]));
            AddDialog(new TextPrompt("ask-name.text"));
        }
    }

    [Fact]
    public async Task Component_RunsItsInnerFlow_AndReturnsTheResultToItsParent()
    {
        var outer = new WaterfallDialog("outer",
        [
            (step, ct) => step.BeginDialogAsync("ask-name", null, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"got {step.Result}", ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);
        await using var chat = new Transcript(sp => new TranscriptBot(sp.GetRequiredService<PrivateConversationState>(), outer, new AskName()));

        Assert.Equal(["Name?"], await chat.SendAsync("start outer"));
        Assert.Equal(["got name:王书记"], await chat.SendAsync("王书记"));
    }

    [Fact]
    public async Task Component_CanBeCancelledAndRepromptedFromOutside()
    {
        await using var chat = new Transcript(sp => new TranscriptBot(sp.GetRequiredService<PrivateConversationState>(), new AskName()));
        await chat.SendAsync("start ask-name");

        Assert.Equal(["[help]", "Name?"], await chat.SendAsync("help"));
        Assert.Equal(["[cancelled]"], await chat.SendAsync("cancel"));
        Assert.Equal(["[idle]"], await chat.SendAsync("王书记"));
    }
}
