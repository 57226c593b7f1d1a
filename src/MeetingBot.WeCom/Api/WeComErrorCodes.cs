namespace MeetingBot.WeCom.Api;

/// <summary>
/// The platform's error codes the adapter acts on; every answer is HTTP 200 with an errcode. Checked against the
/// 全局错误码 page (https://developer.work.weixin.qq.com/document/path/90313): -1 系统繁忙 (retry, at most 3 times);
/// 40014 不合法的access_token and 42001 access_token已过期 (get a new token); 45009 接口调用超过限制 (the block lasts as
/// long as the limit's window, e.g. a minute) and 45033 接口并发调用超过限制; 40003 无效的UserID and 60111 UserID不存在
/// (not in the contacts); 81013 UserID、部门ID、标签ID全部非法或无权限 (deleted, or moved out of the app's visible range);
/// 86003 参数 chatid 不存在.
/// </summary>
public static class WeComErrorCodes
{
    public const int Ok = 0;

    /// <summary>系统繁忙: try again shortly.</summary>
    public const int SystemBusy = -1;

    /// <summary>不合法的access_token.</summary>
    public const int InvalidAccessToken = 40014;

    /// <summary>access_token已过期.</summary>
    public const int AccessTokenExpired = 42001;

    /// <summary>接口调用超过限制 (frequency).</summary>
    public const int ApiFrequencyLimit = 45009;

    /// <summary>接口并发调用超过限制.</summary>
    public const int ApiConcurrencyLimit = 45033;

    /// <summary>无效的UserID: no such member in the contacts (any call but creating a member needs one).</summary>
    public const int InvalidUserId = 40003;

    /// <summary>UserID不存在 (the person left the organisation).</summary>
    public const int UserNotFound = 60111;

    /// <summary>UserID、部门ID、标签ID全部非法或无权限 (no recipient of a message/send is valid).</summary>
    public const int AllRecipientsInvalid = 81013;

    /// <summary>chatid不存在 (the application group chat is gone).</summary>
    public const int ChatNotFound = 86003;

    public static bool IsTokenProblem(int code) => code is InvalidAccessToken or AccessTokenExpired;

    /// <summary>Codes that say "come back later": the send is retried after a wait, never given up as gone.</summary>
    public static bool IsThrottle(int code) => code is ApiFrequencyLimit or ApiConcurrencyLimit or SystemBusy;

    /// <summary>Codes that say the recipient cannot be reached any more: never retried.</summary>
    public static bool IsRecipientGone(int code) => code is InvalidUserId or UserNotFound or AllRecipientsInvalid or ChatNotFound;
}
