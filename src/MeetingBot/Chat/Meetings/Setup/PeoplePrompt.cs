using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Dialogs;
using MeetingBot.BotFramework.Dialogs.Prompts;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.People;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// Asks for people: @mentions, "everyone" (the conversation's roster through the connector) or "skip", as the
/// question allows. When the roster cannot be read, the retry asks for mentions (reason <see cref="RosterUnavailableReason"/>).
/// In the service's own web chat, which cannot @mention, names are typed and looked up in the directory: a name
/// several people share is asked back (the rest of the answer is kept meanwhile), a name nobody has is refused
/// with what to do and the question asked again; a typed name never makes a person. The validator sees the whole
/// answer however it was given (mentions, or typed names once told apart).
/// </summary>
public sealed class PeoplePrompt(
    string id, PeopleAnswerKind kind, ConversationRoster roster, PeopleDirectoryStore people, PromptValidator<List<Person>>? validator = null)
    : Prompt<List<Person>>(id, validator)
{
    public const string RosterUnavailableReason = "roster-unavailable";
    private const string NamedKey = "named";

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var activity = dc.Context.Activity;
        var instance = dc.ActiveDialog!;
        var pending = instance.Get<NamedAnswer>(NamedKey);
        if (!activity.IsType(ActivityTypes.Message) || (pending is null && !PeopleAnswer.NamesPeopleInWebChat(activity)))
        {
            return await base.ContinueDialogAsync(dc, cancellationToken);
        }

        var locale = UserLocales.From(activity.Locale);
        var directory = await people.GetAsync(cancellationToken);
        NamedAnswer answer;
        if (pending is not null)
        {
            if (pending.Choose(activity.Text ?? string.Empty, directory) is not { } chosen)
            {
                await dc.Context.SendActivityAsync(SetupTexts.WhichPersonAgain.In(locale, pending.Open!.Candidates.Count), cancellationToken);
                return DialogTurnResult.Waiting;
            }

            answer = chosen;
        }
        else
        {
            var inPairs = kind == PeopleAnswerKind.Pairs;
            answer = (inPairs ? PeopleAnswer.InOrder(activity) : PeopleAnswer.Mentioned(activity)) is { Count: > 0 } mentioned
                ? NamedAnswer.FromMentions(mentioned, directory)
                : NamedAnswer.Read(activity.Text!, directory, keepRepeats: inPairs);
            if (kind == PeopleAnswerKind.One && answer.Entries.Count != 1)
            {
                // Not one name: the prompt's own retry says so.
                return await base.ContinueDialogAsync(dc, cancellationToken);
            }

            if (answer.Unknown is { Count: > 0 } unknown)
            {
                // Refused as a wrong answer: the reason, then the question again (the prompt's own retry).
                var reason = FailureReply.For(Failure.NotFound(FailureCodes.PersonNotFound, ("name", string.Join("、", unknown))), locale);
                return await JudgeAsync(dc, PromptRecognition<List<Person>>.Failed, cancellationToken, reason);
            }
        }

        if (answer.Open is { } open)
        {
            instance.Set(NamedKey, answer);
            await dc.Context.SendActivityAsync(Question(open, locale), cancellationToken);
            return DialogTurnResult.Waiting;
        }

        instance.Remove(NamedKey);
        return await JudgeAsync(dc, PromptRecognition<List<Person>>.Of(kind == PeopleAnswerKind.Pairs ? answer.InOrder : answer.People), cancellationToken);
    }

    /// <summary>
    /// Asked in the 1:1 chat for a group, where nobody from the group can be @mentioned: typed names, each matching
    /// exactly one of the group's members as the channel names them. Null when any name matches none or several.
    /// </summary>
    private async Task<List<Person>?> NamedInGroupAsync(ITurnContext turnContext, string group, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(turnContext.Activity.Text) || await roster.MembersAsync(turnContext, group, cancellationToken) is not { } members)
        {
            return null;
        }

        var found = new List<Person>();
        foreach (var name in PeopleAnswer.Names(turnContext.Activity.Text))
        {
            if (members.Where(m => string.Equals(m.Name, name, StringComparison.Ordinal)).ToList() is not [var member])
            {
                return null;
            }

            found.Add(member);
        }

        return found.Count == 0 ? null : found;
    }

    protected override async Task<PromptRecognition<List<Person>>> RecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var mentioned = kind == PeopleAnswerKind.Pairs ? PeopleAnswer.InOrder(activity) : PeopleAnswer.Mentioned(activity);
        if (mentioned.Count == 0 && options.RosterConversationId is { } group && !PeopleAnswer.IsNone(activity.Text) && !PeopleAnswer.IsEveryone(activity.Text)
            && await NamedInGroupAsync(turnContext, group, cancellationToken) is { } named)
        {
            mentioned = named;
        }

        if (kind == PeopleAnswerKind.One)
        {
            return mentioned.Count == 1 ? PromptRecognition<List<Person>>.Of(mentioned) : PromptRecognition<List<Person>>.Failed;
        }

        if (mentioned.Count > 0)
        {
            return PromptRecognition<List<Person>>.Of(mentioned);
        }

        if (kind is PeopleAnswerKind.ManyOrNone or PeopleAnswerKind.Pairs && PeopleAnswer.IsNone(activity.Text))
        {
            return PromptRecognition<List<Person>>.Of([]);
        }

        if (kind == PeopleAnswerKind.ManyOrEveryone && PeopleAnswer.IsEveryone(activity.Text))
        {
            return await roster.MembersAsync(turnContext, options.RosterConversationId, cancellationToken) is { } everyone
                ? PromptRecognition<List<Person>>.Of(everyone)
                : PromptRecognition<List<Person>>.FailedBecause(RosterUnavailableReason);
        }

        return PromptRecognition<List<Person>>.Failed;
    }

    private static string Question(NamedPerson open, UserLocale locale) =>
        SetupTexts.WhichPerson.In(locale, MarkdownEscape.Text(open.Typed), open.Candidates.Count,
            string.Join("\n", open.Candidates.Select((c, i) => SetupTexts.CandidateLine.In(locale, i + 1, MarkdownEscape.Text(c.Label)))));
}
