using System.Text.Json;
using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Dialogs;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.State;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Confirmations;
using MeetingBot.Chat.Help;
using MeetingBot.Chat.Language;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Chat.Phrasing;
using MeetingBot.Chat.Meetings.Questions;
using MeetingBot.Chat.Welcome;
using MeetingBot.Coordination.Texts;
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
    private readonly IReadOnlyList<IChatCommandHandler> _handlers;
    private readonly Dictionary<string, ICardActionHandler> _cardActions;
    private readonly IReadOnlyList<ChatCommand> _commands;
    private readonly BotAddress _address;
    private readonly ConfirmationGate _confirmations;
    private readonly OpenQuestions _questions;
    private readonly PersonalHelp _help;

    public MeetingBotHandler(
        PrivateConversationState privateState,
        UserState userState,
        IEnumerable<IChatCommandHandler> handlers,
        IEnumerable<ICardActionHandler> cardActions,
        IEnumerable<Dialog> dialogs,
        BotAddress address,
        ConfirmationGate confirmations,
        OpenQuestions questions,
        PersonalHelp help)
    {
        _address = address;
        _help = help;
        _confirmations = confirmations;
        _questions = questions;
        // Each person's flow is their own, even in a group chat: the stack lives in user-in-conversation state.
        var set = new DialogSet(privateState.CreateProperty<DialogState>("dialogs")).Add(new LanguageDialog(userState));
        foreach (var dialog in dialogs)
        {
            set.Add(dialog);
        }

        _dialogs = new DialogRunner(set, ChatInterruptions.Create());
        _handlers = [.. handlers];
        _commands = [.. ChatCommands.BuiltIn, .. _handlers.Select(h => h.Command)];
        _cardActions = cardActions.SelectMany(h => h.Verbs.Select(v => (v, h))).ToDictionary(p => p.v, p => p.h, StringComparer.Ordinal);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var verb = string.IsNullOrWhiteSpace(activity.Text) ? CardVerb(activity.Value) : null;
        var pressed = string.IsNullOrWhiteSpace(activity.Text) ? CardCommand(activity.Value) : null;
        if (!_address.IsForTheBot(turnContext, pressedOnCard: verb is not null || pressed is not null)
            && !await AnswersAQuestionAskedHereAsync(turnContext, cancellationToken))
        {
            // People talking to each other in a group: not a word from the bot, not a change.
            return;
        }

        activity.RemoveRecipientMention();
        if (verb is ConfirmationVerbs.Confirm or ConfirmationVerbs.Cancel)
        {
            // A button of the confirmation card answers it, whatever form the person is in the middle of.
            var pressedIn = await _dialogs.Dialogs.CreateContextAsync(turnContext, cancellationToken);
            await _confirmations.AnswerAsync(turnContext, pressedIn, verb == ConfirmationVerbs.Confirm,
                StringProperty(activity.Value, ConfirmationVerbs.IdField) ?? string.Empty, StringProperty(activity.Value, ConfirmationVerbs.ByField),
                Confirmable, cancellationToken);
            return;
        }

        if (verb is not null && _cardActions.TryGetValue(verb, out var cardAction))
        {
            await cardAction.HandleAsync(turnContext, verb, activity.Value!.Value, cancellationToken);
            return;
        }

        if (pressed is not null)
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

        // Answers in context: a short answer (确认, 参加, 请假 理由, 修改 …) to a question just asked in this 1:1 chat
        // stands for the full command; a pending confirmation still comes first (OpenQuestions decides).
        var answered = await _questions.AnswerAsync(turnContext, text, cancellationToken);
        if (answered.Replied)
        {
            return;
        }

        text = answered.Command ?? text;

        var match = Phrasebook.Understand(text, _commands);
        var command = match.Command;
        if (command == ChatCommands.Help)
        {
            var personal = ChatCommands.AsksForAll(match.Argument) ? null : await _help.ForAsync(turnContext, locale, _commands, cancellationToken);
            foreach (var reply in personal is null ? HelpReply.For(locale, activity.ChannelId, _commands) : HelpReply.Personal(personal, locale, activity.ChannelId))
            {
                await turnContext.SendActivityAsync(reply, cancellationToken);
            }
        }
        else if (command == ChatCommands.Language)
        {
            await dc.BeginDialogAsync(LanguageDialog.DialogId, LanguageDialog.OptionsFor(match.Argument), cancellationToken);
        }
        else if (command == ChatCommands.Confirm || command == ChatCommands.Drop)
        {
            await _confirmations.AnswerAsync(turnContext, dc, command == ChatCommands.Confirm, null, null, Confirmable, cancellationToken);
        }
        else if (command is not null && _handlers.FirstOrDefault(h => h.Command == command) is { } handler)
        {
            await handler.HandleAsync(new CommandTurn(turnContext, dc, match.Argument, locale), cancellationToken);
        }
        else if (Greeting.Is(text))
        {
            await turnContext.SendActivityAsync(Greeting.Reply(locale, activity.From?.Name), cancellationToken);
        }
        else if (Thanks.Is(text))
        {
            await turnContext.SendActivityAsync(Thanks.Reply(locale), cancellationToken);
        }
        else if (OthersMaterial.Is(text))
        {
            await turnContext.SendActivityAsync(OthersMaterial.Reply(locale), cancellationToken);
        }
        else if (!PersonalConversations.IsPersonal(activity.Conversation))
        {
            // Addressed to the bot but not a command. Never repeat what was typed into a group: it may be pasted
            // material meant for a private chat.
            await turnContext.SendActivityAsync(ChatTexts.UnknownCommandInGroup.In(locale), cancellationToken);
        }
        else if (match.NearMiss is { } punctuated && ChatCommands.IsWordWithPunctuation(text, punctuated))
        {
            await turnContext.SendActivityAsync(ChatTexts.WithoutPunctuation.In(locale, punctuated.Primary(locale)), cancellationToken);
        }
        else if (match.NearMiss is { } meant)
        {
            await turnContext.SendActivityAsync(ChatTexts.DidYouMean.In(locale, meant.Primary(locale), meant.Example(locale)), cancellationToken);
        }
        else if (PhraseHints.Closest(text, _commands, locale) is { } closest)
        {
            // Not understood, but its words point to a command: show that command as it is typed, never an echo.
            await turnContext.SendActivityAsync(ChatTexts.DidYouMean.In(locale, closest.Command.Primary(locale), closest.Example), cancellationToken);
        }
        else
        {
            await turnContext.SendActivityAsync(ChatTexts.UnknownCommand.In(locale, MarkdownEscape.Text(Shorten(text))), cancellationToken);
        }
    }

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardActionAsync(
        ITurnContext turnContext, string? verb, JsonElement? data, CancellationToken cancellationToken)
    {
        if (verb is not null && _cardActions.TryGetValue(verb, out var handler))
        {
            return await handler.HandleAsync(turnContext, verb, data ?? default, cancellationToken);
        }

        return await base.OnAdaptiveCardActionAsync(turnContext, verb, data, cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var locale = UserLocales.From(turnContext.Activity.Locale);
        await turnContext.SendActivityAsync(WelcomeReply.ForMembers(locale, membersAdded), cancellationToken);
        // Someone opening their own chat (an invitation link, the app in Teams) is shown what to do, not only greeted.
        if (WelcomeReply.OpensOwnChat(turnContext.Activity, membersAdded) && _handlers.OfType<MyTasksCommand>().FirstOrDefault() is { } tasks)
        {
            await tasks.SendAsync(turnContext, locale, cancellationToken);
        }
    }

    protected override async Task OnBotAddedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // In a 1:1 chat the user's own welcome follows; only a team or group gets the introduction.
        if (turnContext.Activity.Conversation?.IsGroup == true)
        {
            await turnContext.SendActivityAsync(WelcomeReply.ForInstallation(UserLocales.From(turnContext.Activity.Locale)), cancellationToken);
        }
    }

    private IConfirmedCommand? Confirmable(string commandId) =>
        _handlers.FirstOrDefault(h => h.Command.Id == commandId) as IConfirmedCommand;

    /// <summary>
    /// Teams sends a group's messages that do not @mention the bot only where the team (or chat) granted the app the
    /// resource-specific consent to read them (the manifest asks for it). Then the answer of someone the bot is asking
    /// questions in this group (a set-up in progress) is for the bot without the @; any other message is still people
    /// talking to each other. Without the consent nothing unaddressed arrives and each answer needs the @ (the first
    /// question says so).
    /// </summary>
    private async Task<bool> AnswersAQuestionAskedHereAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.IsType(ActivityTypes.Message)
        && !string.IsNullOrWhiteSpace(turnContext.Activity.Text)
        && turnContext.Activity.ChannelId == Channels.MsTeams
        && (await _dialogs.Dialogs.CreateContextAsync(turnContext, cancellationToken)).ActiveDialog is not null;

    /// <summary>A card button posts <c>{ "verb": "…", … }</c> for an action on an item.</summary>
    private static string? CardVerb(JsonElement? value) => StringProperty(value, "verb");

    /// <summary>A card button posts <c>{ "command": "…" }</c> as the message value instead of text.</summary>
    private static string? CardCommand(JsonElement? value) => StringProperty(value, "command");

    private static string? StringProperty(JsonElement? value, string name) =>
        value is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String
            ? property.GetString()
            : null;

    // Echo only a short, single-line piece of what was typed: never repeat a long or multi-line message back.
    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= EchoLimit ? line : string.Concat(line.AsSpan(0, EchoLimit), "…");
    }
}
