using MeetingBot.Localization;

namespace MeetingBot.Overview;

/// <summary>The superior's view: its page notices and its chat command's answer, in both languages.</summary>
public static class OverviewTexts
{
    public static readonly LocalText Command = new(
        "（上级党委/组织部）查看所辖各单位的会议进度：各单位进度（可加单位，如：各单位进度 某县/某镇党委）",
        "(overseers) every unit's meeting progress below yours: units (optionally a unit, e.g. units 某县/某镇党委)");

    public static readonly LocalText UnitExample = new("某县/某镇党委", "某县/某镇党委");

    public static readonly LocalText Heading = new("**各单位进度**（{0}及下级单位，共{1}个会议）", "**Units' progress** ({0} and below, {1} meeting(s))");

    public static readonly LocalText None = new(
        "{0}及下级单位还没有会议。各单位组织者新建会议后会显示在这里。",
        "No meeting yet in {0} or below. Meetings appear here once each unit's organiser sets one up.");

    public static readonly LocalText Line = new(
        "{0}. **{1}** ·《{2}》 {3} · {4}\n   报告上级：{5} · 准备：{6} · 召开：{7} · 专题报告：{8} · 整改：{9}",
        "{0}. **{1}** · “{2}” {3} · {4}\n   Reported upward: {5} · Preparation: {6} · Held: {7} · Report: {8} · Rectification: {9}");

    public static readonly LocalText More = new("……另有{0}个会议，请在网页中查看。", "… and {0} more meeting(s): see the web page.");

    public static readonly LocalText Page = new(
        "网页版（可按状态筛选、排序，导出Excel；用单位账号登录）：{0}",
        "On the web (filter by status, sort, export to Excel; sign in with your organisation account): {0}");

    public static readonly LocalText SignInTitle = new("各单位进度", "Units' progress");

    public static readonly LocalText SignInBody = new(
        "请先用单位账号登录，登录后回到本页。",
        "Sign in with your organisation account first; you come back to this page afterwards.");

    public static readonly LocalText SignIn = new("登录", "Sign in");

    public static readonly LocalText SignInOff = new(
        "本服务没有开启网页登录，所以不能在网页上查看。请在聊天中发送“各单位进度”，或请管理员开启单位账号登录。",
        "Web sign-in is not turned on for this service (SignIn:Authority is empty), so this page cannot be shown. Send “units” in chat, or ask an administrator to turn on sign-in.");

    public static readonly LocalText RefusedTitle = new("无法查看", "Not available");

    public static readonly LocalText BackToChat = new("回到网页聊天", "Back to the web chat");
}
