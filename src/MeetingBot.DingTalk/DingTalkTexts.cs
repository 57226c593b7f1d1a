namespace MeetingBot.DingTalk;

/// <summary>What the adapter itself says (before any turn runs), in Chinese: the people it serves speak it.</summary>
public static class DingTalkTexts
{
    /// <summary>To someone whose DingTalk account is in no directory entry: who can add him, and that nothing was kept.</summary>
    public const string UnknownPerson =
        "您好！您的钉钉账号还没有登记在会议助手的人员名册中，所以暂时不能为您办理。请联系本单位办公室（名册管理员），" +
        "请他们在名册中为您登记钉钉账号后再来找我。您刚才发的内容没有被保存。";
}
