using MeetingBot.BotFramework.Proactive;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Attendance;

/// <summary><c>签到表</c> / <c>sign-in sheet</c>: the secretary gets the link to the printable sheet of QR codes, in 1:1 only.</summary>
public sealed class SignInSheetCommand(MeetingUpdates updates, SignInLinks links) : IChatCommandHandler
{
    public Chat.ChatCommand Command => AttendanceCommands.Sheet;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (!PersonalConversations.IsPersonal(turn.Context.Activity.Conversation))
        {
            await turn.Context.SendActivityAsync(AttendanceTexts.OnlyPrivately.In(turn.Locale), cancellationToken);
            return;
        }

        if (await updates.ScopeAsync(turn.Context, turn.Locale, secretaryOnly: true, cancellationToken) is not { } scope)
        {
            return;
        }

        var url = await links.SheetAsync(scope.Meeting, scope.Actor.UserId);
        await turn.Context.SendActivityAsync(AttendanceTexts.SheetLink.In(turn.Locale, MarkdownEscape.Text(scope.Meeting.Theme), url), cancellationToken);
    }
}
