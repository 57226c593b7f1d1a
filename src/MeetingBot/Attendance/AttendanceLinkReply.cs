using MeetingBot.BotFramework.Proactive;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Chat.Meetings.Switching;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Attendance;

/// <summary>
/// The attendance links (a participant's own sign-in link, the secretary's sheet of codes) are credentials: each is
/// given only in a 1:1 chat, only to whom the meeting allows, with the meeting's theme.
/// </summary>
internal static class AttendanceLinkReply
{
    public static async Task SendAsync(CommandTurn turn, MeetingUpdates updates, bool secretaryOnly,
        Func<Meeting, string, Task<string>> link, LocalText text, CancellationToken cancellationToken)
    {
        if (!PersonalConversations.IsPersonal(turn.Context.Activity.Conversation))
        {
            await turn.Context.SendActivityAsync(AttendanceTexts.OnlyPrivately.In(turn.Locale), cancellationToken);
            return;
        }

        if (await updates.ScopeAsync(turn.Context, turn.Locale, secretaryOnly, cancellationToken) is not MeetingInTurn scope)
        {
            return;
        }

        var url = await link(scope.Meeting, scope.Actor.UserId);
        await turn.Context.SendActivityAsync(text.In(turn.Locale, MarkdownEscape.Text(scope.Meeting.Theme), url), cancellationToken);
    }
}
