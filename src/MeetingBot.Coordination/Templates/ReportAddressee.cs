using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Templates;

/// <summary>One body the approved special report is delivered to (上级活动办, 上级纪委, 组织部).</summary>
public sealed record ReportAddressee(string Id, BilingualText Name)
{
    public bool Matches(string typed)
    {
        var text = typed.Trim();
        return string.Equals(text, Id, StringComparison.OrdinalIgnoreCase)
            || string.Equals(text, Name.ZhCn, StringComparison.OrdinalIgnoreCase)
            || string.Equals(text, Name.En, StringComparison.OrdinalIgnoreCase);
    }
}
