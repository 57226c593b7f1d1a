namespace MeetingBot.DingTalk.Actions;

/// <summary>
/// The action page's words. DingTalk serves a Chinese organisation and its turns are Chinese (zh-CN), so the page is
/// Chinese only; every refusal says what to do instead.
/// </summary>
public static class ActionLinkTexts
{
    public const string PageTitle = "会议助手";
    public static string Ask(string card, string button) => $"您在钉钉卡片“{card}”上按了“{button}”。确认后由会议助手执行，结果发到您与会议助手的钉钉对话。";

    public static string ConfirmButton(string button) => $"确认执行“{button}”";

    public static string Done(string button) => $"已提交“{button}”。请回到与会议助手的钉钉对话查看回复。";

    public const string Tampered = "这个链接无效，可能被改动过，未执行任何操作。请回到钉钉对话，用会议助手发来的卡片按钮重新操作。";
    public const string Expired = "这个按钮已过期，未执行任何操作。请回到与会议助手的钉钉对话，重新发出指令（例如“待审”），用新卡片上的按钮操作。";
    public const string Used = "这个按钮已经按过，每个按钮只执行一次，这次未执行任何操作。结果见您与会议助手的钉钉对话。";
    public const string Forged = "未执行任何操作：请在卡片按钮打开的页面上点确认。";
}
