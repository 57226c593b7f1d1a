using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.People;

/// <summary>A roster row the import would not take: its row number, why (a <see cref="RosterRefusalReasons"/> code) and what it concerns.</summary>
public sealed record RosterRefusal(int Row, string Reason, string Detail = "")
{
    /// <summary>第3行：手机号“1380013”格式不正确…, in both languages.</summary>
    public BilingualText Text => RosterRefusalReasons.TextOf(this);
}
