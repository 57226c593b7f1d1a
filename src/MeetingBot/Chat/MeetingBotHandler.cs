using System.Text.Json;
using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Dialogs;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.State;
using MeetingBot.Chat.Help;
using MeetingBot.Chat.Language;
using MeetingBot.Chat.Welcome;
using MeetingBot.Localization;

namespace MeetingBot.Chat;

/// <summary>
/// The chat front: turns what people type (or press on a card) into commands and dialogs and answers in their
/// language. It holds no business rules; those live in the Coordination domain.
/// </summary>
public sealed class MeetingBotHandler : ActivityHandler
{
    private const int EchoLimit = 40;

    private readonly DialogRunner _dialogs;

    public MeetingBotHandler(PrivateConversationState privateState, UserState userState)
    {
        // Each person's flow is their own, even in a group chat: the stack lives in user-in-conversation state.
        var set = new DialogSet(privateState.CreateProperty<DialogState>("dialogs"))
            .Add(new LanguageDialog(userState));
        _dialogs = new DialogRunner(set, ChatInterruptions.Create());
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        activity.RemoveRecipientMention();
        if (string.IsNullOrWhiteSpace(activity.Text) && CardCommand(activity.Value) is { } pressed)
        {
            activity.Text = pressed;
        }

        var (outcome, dc) = await _dialogs.RunAsync(turnContext, cancellationToken);
        if (outcome != DialogRunOutcome.NoActiveDialog)
        {
            return;
        }

        var locale = UserLocales.From(activity.Locale);
        var text = activity.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            await turnContext.SendActivityAsync(ChatTexts.EmptyMessage.In(locale), cancellationToken);
            return;
        }

        var (command, argument) = ChatCommands.Parse(text);
        if (command == ChatCommands.Help)
        {
            foreach (var reply in HelpReply.For(locale, activity.ChannelId, ChatCommands.All))
            {
                await turnContext.SendActivityAsync(reply, cancellationToken);
            }
        }
        else if (command == ChatCommands.Language)
        {
            await dc.BeginDialogAsync(LanguageDialog.DialogId, LanguageDialog.OptionsFor(argument), cancellationToken);
        }
        else
        {
            await turnContext.SendActivityAsync(ChatTexts.UnknownCommand.In(locale, Shorten(text)), cancellationToken);
        }
    }

    protected override Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(WelcomeReply.ForMembers(UserLocales.From(turnContext.Activity.Locale), membersAdded), cancellationToken);

    protected override async Task OnBotAddedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // In a 1:1 chat the user's own welcome follows; only a team or group gets the introduction.
        if (turnContext.Activity.Conversation?.IsGroup == true)
        {
            await turnContext.SendActivityAsync(WelcomeReply.ForInstallation(UserLocales.From(turnContext.Activity.Locale)), cancellationToken);
        }
    }

    /// <summary>A card button posts <c>{ "command": "…" }</c> as the message value instead of text.</summary>
    private static string? CardCommand(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("command", out var command) && command.ValueKind == JsonValueKind.String
            ? command.GetString()
            : null;

    // Echo only a short, single-line piece of what was typed: never repeat a long or multi-line message back.
    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= EchoLimit ? line : string.Concat(line.AsSpan(0, EchoLimit), "…");
    }
}
