using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Setup;

namespace MeetingBot.Attendance;

/// <summary><c>签到表</c> / <c>sign-in sheet</c>: the secretary gets the link to the printable sheet of QR codes, in 1:1 only.</summary>
public sealed class SignInSheetCommand(MeetingUpdates updates, SignInLinks links) : IChatCommandHandler
{
    public Chat.ChatCommand Command => AttendanceCommands.Sheet;

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) =>
        AttendanceLinkReply.SendAsync(turn, updates, secretaryOnly: true, links.SheetAsync, AttendanceTexts.SheetLink, cancellationToken);
}
