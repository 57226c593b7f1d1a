using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Dialogs;
using MeetingBot.Chat.Help;
using MeetingBot.Localization;

namespace MeetingBot.Chat;

/// <summary>The words that interrupt a flow in progress, in both languages, and what the bot says for each.</summary>
public static class ChatInterruptions
{
    public static DialogInterruptions Create() => new()
    {
        HelpWords = Words("帮助", "？", "help", "?"),
        CancelWords = Words("取消", "退出", "cancel", "quit"),
        BackWords = Words("返回", "上一步", "back"),
        OnHelpAsync = (turn, ct) => turn.SendActivityAsync(ChatTexts.HelpInFlow.In(Locale(turn)), ct),
        // One true message: a form that kept a draft while being cancelled has said so (and that it was cancelled).
        OnCancelledAsync = (turn, _, ct) => turn.Responded ? Task.CompletedTask : turn.SendActivityAsync(ChatTexts.Cancelled.In(Locale(turn)), ct),
        OnNoStepBackAsync = (turn, ct) => turn.SendActivityAsync(ChatTexts.NoStepBack.In(Locale(turn)), ct),
        OnRestartedAsync = (turn, ct) => turn.SendActivityAsync(ChatTexts.FlowRestarted.In(Locale(turn)), ct),
    };

    private static UserLocale Locale(ITurnContext turn) => UserLocales.From(turn.Activity.Locale);

    private static HashSet<string> Words(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);
}
