using MeetingBot.BotFramework.Dialogs;
using MeetingBot.BotFramework.Dialogs.Prompts;
using MeetingBot.BotFramework.State;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Language;

/// <summary>Lets a user choose the language the bot answers in; the choice follows them across conversations.</summary>
public sealed class LanguageDialog : ComponentDialog
{
    public const string DialogId = "language";

    private readonly IStatePropertyAccessor<UserProfile> _profile;

    public LanguageDialog(UserState userState)
        : base(DialogId)
    {
        _profile = userState.CreateProperty<UserProfile>(PreferredLocaleMiddleware.ProfileProperty);
        AddDialog(new WaterfallDialog("language.flow", [AskAsync, SaveAsync]));
        AddDialog(new ChoicePrompt("language.choice"));
    }

    /// <summary>Starts the dialog, or applies the language directly when the command named one (<c>语言 English</c>).</summary>
    public static object? OptionsFor(string argument) => ToLocale(argument);

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Options<string>() is { } chosen)
        {
            return step.NextAsync(chosen, cancellationToken);
        }

        var locale = UserLocales.From(step.Context.Activity.Locale);
        return step.PromptAsync("language.choice", new PromptOptions
        {
            Prompt = BotFramework.Schema.Activity.CreateMessage(LanguageTexts.Ask.In(locale)),
            RetryPrompt = BotFramework.Schema.Activity.CreateMessage(LanguageTexts.Retry.In(locale)),
            Choices =
            [
                new Choice("zh-CN", LanguageTexts.Chinese.In(locale), ["中文", "汉语", "chinese", "zh"]),
                new Choice("en", LanguageTexts.English.In(locale), ["英文", "英语", "english", "en"]),
            ],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not string locale)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var profile = await _profile.GetOrCreateAsync(step.Context, () => new UserProfile(), cancellationToken);
        profile.Locale = locale;
        step.Context.Activity.Locale = locale;
        await step.Context.SendActivityAsync(LanguageTexts.Switched.In(UserLocales.From(locale)), cancellationToken);
        return await step.EndDialogAsync(locale, cancellationToken);
    }

    private static string? ToLocale(string argument) => argument.Trim().ToLowerInvariant() switch
    {
        "中文" or "汉语" or "chinese" or "zh" or "zh-cn" => "zh-CN",
        "english" or "英文" or "英语" or "en" => "en",
        _ => null,
    };
}
