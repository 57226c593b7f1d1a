using MeetingBot.BotFramework.Proactive;
using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.People;
using MeetingBot.Meetings;
using MeetingBot.People;

namespace MeetingBot.Chat.Administration;

/// <summary>
/// <c>管理员 …</c>: in 1:1 chat only (the directory holds phones), for administrators only (the refusal names them),
/// then the action its next word names. Who acts is the directory person the channel vouches for, never a typed name.
/// </summary>
public sealed class AdministrationCommand(PeopleDirectoryStore store, IEnumerable<IAdministrationAction> actions) : IChatCommandHandler
{
    public ChatCommand Command => AdministrationCommands.Administration;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        if (!PersonalConversations.IsPersonal(context.Activity.Conversation))
        {
            await context.SendActivityAsync(AdministrationTexts.PersonalOnly.In(turn.Locale), cancellationToken);
            return;
        }

        var directory = await store.GetAsync(cancellationToken);
        if (DirectoryIdentity.PersonIn(directory, context.Activity) is not { } person || !person.Holds(OrganisationRole.Administrator))
        {
            var refusal = Failure.Forbidden(FailureCodes.AdministratorOnly, ("administrators", DirectoryChanges.AdministratorNames(directory)));
            await context.SendActivityAsync(FailureReply.For(refusal, turn.Locale), cancellationToken);
            return;
        }

        var (action, rest) = Resolve(turn.Argument.Trim());
        if (action is null)
        {
            await context.SendActivityAsync(AdministrationTexts.Usage.In(turn.Locale), cancellationToken);
            return;
        }

        await action.RunAsync(new AdministrationTurn(turn, person, rest), cancellationToken);
    }

    // The action word ends at a space, or, being Chinese, needs none (管理员 删除王伟).
    private (IAdministrationAction? Action, string Remainder) Resolve(string argument)
    {
        foreach (var action in actions)
        {
            foreach (var word in action.Words)
            {
                if (argument.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                    && (argument.Length == word.Length || char.IsWhiteSpace(argument[word.Length]) || word[^1] >= '\u2E80'))
                {
                    return (action, argument[word.Length..].Trim());
                }
            }
        }

        return (null, string.Empty);
    }
}
