using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Dialogs.Prompts;
using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// Asks for people: @mentions, "everyone" (the conversation's roster through the connector) or "skip", as the
/// question allows. When the roster cannot be read, the retry asks for mentions (reason <see cref="RosterUnavailableReason"/>).
/// </summary>
public sealed class PeoplePrompt(string id, PeopleAnswerKind kind, ConversationRoster roster) : Prompt<List<Person>>(id)
{
    public const string RosterUnavailableReason = "roster-unavailable";

    protected override async Task<PromptRecognition<List<Person>>> RecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var mentioned = PeopleAnswer.Mentioned(activity) is { Count: > 0 } atMentioned ? atMentioned : PeopleAnswer.Typed(activity);
        if (kind == PeopleAnswerKind.One)
        {
            return mentioned.Count == 1 ? PromptRecognition<List<Person>>.Of(mentioned) : PromptRecognition<List<Person>>.Failed;
        }

        if (mentioned.Count > 0)
        {
            return PromptRecognition<List<Person>>.Of(mentioned);
        }

        if (kind == PeopleAnswerKind.ManyOrNone && PeopleAnswer.IsNone(activity.Text))
        {
            return PromptRecognition<List<Person>>.Of([]);
        }

        if (kind == PeopleAnswerKind.ManyOrEveryone && PeopleAnswer.IsEveryone(activity.Text))
        {
            return await roster.MembersAsync(turnContext, cancellationToken) is { } everyone
                ? PromptRecognition<List<Person>>.Of(everyone)
                : PromptRecognition<List<Person>>.FailedBecause(RosterUnavailableReason);
        }

        return PromptRecognition<List<Person>>.Failed;
    }
}
