namespace MeetingBot.DingTalk.Outbound;

/// <summary>
/// The platform's error codes the adapter acts on (the <c>code</c> field of an error answer of the v1.0 API it calls;
/// the old oapi's numeric codes — 88 with sub_code, 90002, 90018, 90020 — are not answered there). The throttling
/// codes are those of the platform's throttling page (附录B：如何处理钉钉服务端API限流,
/// https://open.dingtalk.com/document/development/how-to-process-api-throttling-on-the-dingtalk-server): per app and
/// API (20 calls a second on the standard edition) QpsLimitForAppkeyAndApi, the API's global limit QpsLimitForApi
/// (both last a second), the standard edition's monthly quota ApiCountLimitForOrg, and a per-IP limit (10,000 calls in
/// 20 seconds) answered not with a code but with a page <c>{"status":1111,"wait":5,"punish":"deny"}</c> and a
/// 5-minute ban. All are "later", never "gone". The group robot's per-minute refusal code was not found in the stored
/// documentation; it is matched by its FlowControl part.
/// </summary>
public static class DingTalkErrors
{
    /// <summary>The access token is unknown or expired: buy a new one and send again, once.</summary>
    public const string InvalidAuthentication = "InvalidAuthentication";

    /// <summary>Calls per second to one API by every organisation's apps together over its limit (old API: 90002).</summary>
    public const string QpsLimitForApi = "Forbidden.AccessDenied.QpsLimitForApi";

    /// <summary>Calls per second to one API by this app over the limit, 20 on the standard edition (old API: 90018).</summary>
    public const string QpsLimitForAppkeyAndApi = "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi";

    /// <summary>The standard edition's monthly call quota is used up (old API: 90020): later, not gone.</summary>
    public const string ApiCountLimitForOrg = "Forbidden.AccessDenied.ApiCountLimitForOrg";

    /// <summary>Set by the adapter: the per-IP limit's page (<c>"punish":"deny"</c>), calls from this IP banned a while.</summary>
    public const string IpBanned = "IpPunishDeny";

    /// <summary>The robot's messages to one group over the per-minute limit.</summary>
    public const string GroupFlowControl = "Forbidden.AccessDenied.RobotGroupMessageFlowControl";

    /// <summary>Set by the adapter: the 1:1 send named the person among <c>invalidStaffIdList</c> (he left, or is not in the app's range).</summary>
    public const string InvalidStaff = "InvalidStaffId";

    /// <summary>Set by the adapter: the 1:1 send named the person among <c>flowControlledStaffIdList</c>.</summary>
    public const string StaffFlowControlled = "FlowControlledStaffId";

    public static bool IsThrottling(string? code) =>
        code is QpsLimitForApi or QpsLimitForAppkeyAndApi or ApiCountLimitForOrg or IpBanned or GroupFlowControl or StaffFlowControlled
        || (code?.Contains("QpsLimit", StringComparison.OrdinalIgnoreCase) ?? false)
        || (code?.Contains("FlowControl", StringComparison.OrdinalIgnoreCase) ?? false);
}
