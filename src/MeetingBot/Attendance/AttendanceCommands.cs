using MeetingBot.Chat.Commands;
using MeetingBot.Localization;

namespace MeetingBot.Attendance;

public static class AttendanceCommands
{
    public static readonly Chat.ChatCommand SignIn = new("attendance.sign-in", ["签到"], ["sign in"], AttendanceTexts.SignInCommand, ArgumentShape.None);

    public static readonly Chat.ChatCommand Sheet = new("attendance.sheet", ["签到表"], ["sign-in sheet"], AttendanceTexts.SheetCommand, ArgumentShape.None);

    public static readonly Chat.ChatCommand Excuse = new("attendance.excuse", ["记录请假"], ["record leave"], AttendanceTexts.ExcuseCommand,
        ArgumentShape.Name(new LocalText("张伟 参加县委全会", "Zhang Wei county plenary session")));
}
