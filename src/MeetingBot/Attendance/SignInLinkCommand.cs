using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Setup;

namespace MeetingBot.Attendance;

/// <summary><c>签到</c> / <c>sign in</c>: a participant gets his own sign-in link, in 1:1 only (the link is his credential).</summary>
public sealed class SignInLinkCommand(MeetingUpdates updates, SignInLinks links) : IChatCommandHandler
{
    public Chat.ChatCommand Command => AttendanceCommands.SignIn;

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) =>
        AttendanceLinkReply.SendAsync(turn, updates, secretaryOnly: false, links.PersonalAsync, AttendanceTexts.PersonalLink, cancellationToken);
}
