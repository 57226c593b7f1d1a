using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Status;

/// <summary>What is left after the meeting (briefing, report addressees, the announcement), shown by 进度 and by the report commands.</summary>
public static class AfterMeetingTexts
{
    public static readonly LocalText BriefingHeld = new("通报会：{0}已召开。", "Briefing: held on {0}.");

    public static readonly LocalText BriefingMissing = new(
        "通报会：尚未记录（送审前须先召开通报会：记录通报会 [日期] 范围：… 内容：…）",
        "Briefing: not recorded yet (it comes before the report is submitted: record briefing [date] scope: … content: …)");

    public static readonly LocalText AddresseesComplete = new("已报送全部对象。", "Submitted to every addressee.");

    public static readonly LocalText AddresseesMissing = new("尚未报送：{0}", "Not yet submitted to: {0}");

    public static readonly LocalText AnnouncedOn = new("已于{0}向群众通报。", "Announced to the masses on {0}.");
}
