using MeetingBot.Chat;
using MeetingBot.Chat.Commands;

namespace MeetingBot.Overview;

public static class OverviewCommands
{
    public static readonly ChatCommand Units = new(
        "overview.units", ["各单位进度", "各单位情况"], ["units", "units progress"], OverviewTexts.Command, ArgumentShape.Text(OverviewTexts.UnitExample).OrNothing());
}
