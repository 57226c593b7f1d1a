using MeetingBot.BotFramework.Dialogs;
using MeetingBot.BotFramework.Dialogs.Prompts;
using MeetingBot.BotFramework.State;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Bench;

/// <summary>
/// The benchmark's reference dialog, the same 3-step waterfall as tests/bench/SdkPeer/peer.js: a name (text), a unit
/// (text), a yes/no, then the answers saved to user state. It measures the framework, not a feature.
/// </summary>
public sealed class BenchDialog : ComponentDialog
{
    public const string DialogId = "bench";
    public const string ProfileProperty = "benchProfile";

    private const string NamePrompt = "bench.name";
    private const string UnitPrompt = "bench.unit";
    private const string ConfirmPrompt = "bench.confirm";

    private readonly IStatePropertyAccessor<BenchProfile> _profile;

    public BenchDialog(UserState userState)
        : base(DialogId)
    {
        _profile = userState.CreateProperty<BenchProfile>(ProfileProperty);
        AddDialog(new WaterfallDialog("bench.flow", [AskNameAsync, AskUnitAsync, ConfirmAsync, SaveAsync]));
        AddDialog(new TextPrompt(NamePrompt));
        AddDialog(new TextPrompt(UnitPrompt));
        AddDialog(new BotFramework.Dialogs.Prompts.ConfirmPrompt(ConfirmPrompt));
    }

    private static Task<DialogTurnResult> AskNameAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(NamePrompt, Ask(step, BenchTexts.AskName.In(Locale(step))), cancellationToken);

    private static Task<DialogTurnResult> AskUnitAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.SetValue("name", step.Result as string ?? string.Empty);
        return step.PromptAsync(UnitPrompt, Ask(step, BenchTexts.AskUnit.In(Locale(step))), cancellationToken);
    }

    private static Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.SetValue("unit", step.Result as string ?? string.Empty);
        var text = BenchTexts.Confirm.In(Locale(step), step.GetValue<string>("name") ?? string.Empty, step.GetValue<string>("unit") ?? string.Empty);
        return step.PromptAsync(ConfirmPrompt, Ask(step, text), cancellationToken);
    }

    private async Task<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not true)
        {
            await step.Context.SendActivityAsync(BenchTexts.NotSaved.In(Locale(step)), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var profile = await _profile.GetOrCreateAsync(step.Context, () => new BenchProfile(), cancellationToken);
        profile.Name = step.GetValue<string>("name") ?? string.Empty;
        profile.Unit = step.GetValue<string>("unit") ?? string.Empty;
        profile.Saved++;
        await step.Context.SendActivityAsync(BenchTexts.Saved.In(Locale(step), profile.Saved), cancellationToken);
        return await step.EndDialogAsync(profile.Saved, cancellationToken);
    }

    private static PromptOptions Ask(WaterfallStepContext step, string text) =>
        new() { Prompt = BotFramework.Schema.Activity.CreateMessage(text) };

    private static UserLocale Locale(WaterfallStepContext step) => UserLocales.From(step.Context.Activity.Locale);
}
