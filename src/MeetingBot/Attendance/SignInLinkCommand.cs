using MeetingBot.BotFramework.Proactive;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Attendance;

/// <summary><c>签到</c> / <c>sign in</c>: a participant gets his own sign-in link, in 1:1 only (the link is his credential).</summary>
public sealed class SignInLinkCommand(MeetingUpdates updates, SignInLinks links) : IChatCommandHandler
{
    public Chat.ChatCommand Command => AttendanceCommands.SignIn;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (!PersonalConversations.IsPersonal(turn.Context.Activity.Conversation))
        {
            await turn.Context.SendActivityAsync(AttendanceTexts.OnlyPrivately.In(turn.Locale), cancellationToken);
            return;
        }

        if (await updates.ScopeAsync(turn.Context, turn.Locale, secretaryOnly: false, cancellationToken) is not { } scope)
        {
            return;
        }

        var url = await links.PersonalAsync(scope.Meeting, scope.Actor.UserId);
        await turn.Context.SendActivityAsync(AttendanceTexts.PersonalLink.In(turn.Locale, MarkdownEscape.Text(scope.Meeting.Theme), url), cancellationToken);
    }
}
