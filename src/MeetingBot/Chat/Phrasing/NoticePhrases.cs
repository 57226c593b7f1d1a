using static MeetingBot.Chat.Phrasing.PhraseParts;

namespace MeetingBot.Chat.Phrasing;

/// <summary>
/// How the secretary or the lead asks to tell everyone something: <c>给大家发个通知，明天下午三点开筹备会</c>,
/// <c>通知全体：…</c>, <c>tell everyone the meeting starts at 9</c>. 通知 reads the notice back and asks to confirm.
/// </summary>
internal static class NoticePhrases
{
    // Longest first: 通知全体人员 names everyone, it does not start the notice with 人员.
    private const string Everyone = @"(?:全体参会人员|全体人员|全体成员|全体同志|各位同志|参会人员|班子成员|所有人|大家|全体|各位)";

    // What may come between whom it is for and the notice itself.
    private const string Then = @"[，,：: ]";

    public static IReadOnlyList<Phrase> Zh { get; } =
    [
        new(Opening + @"(?:给|向)" + Everyone + @"(?:发|发个|发一个|发一条|发一下|下发|下个|发送)(?:个|一个|一条|一下)?通知" + Then + @"+(?<text>.+)", "通知 ${text}"),
        new(Opening + @"(?:发|发个|发一个|发一条|下发)(?:个|一个|一条)?通知(?:给|到)" + Everyone + Then + @"+(?<text>.+)", "通知 ${text}"),
        new(Opening + @"通知(?:一下)?" + Everyone + Then + @"*(?<text>.+)", "通知 ${text}"),
        new(Opening + @"(?:跟|和|告诉)" + Everyone + @"(?:说|讲)?(?:一下|一声)?" + Then + @"+(?<text>.+)", "通知 ${text}"),
    ];

    public static IReadOnlyList<Phrase> En { get; } =
    [
        new(@"(?:please )?(?:tell|notify|inform|let) (?:everyone|everybody|all participants|the team|all)(?: know)?(?: that)?[,:]? (?<text>.+)", "notify ${text}"),
        new(@"(?:please )?send (?:a |an )?(?:notice|message|note) to (?:everyone|everybody|all participants|the team|all)[,:]? (?<text>.+)", "notify ${text}"),
    ];
}
