namespace MeetingBot.Board;

public static class BoardCommands
{
    public static readonly Chat.ChatCommand Link = new("board.link", ["公示链接"], ["board link"], BoardTexts.LinkCommand, Chat.Commands.ArgumentShape.None);

    public static readonly Chat.ChatCommand Revoke = new("board.revoke", ["撤销公示链接"], ["revoke board link"], BoardTexts.RevokeCommand, Chat.Commands.ArgumentShape.None);
}
