namespace MeetingBot.DingTalk.Outbound;

/// <summary>The platform's error codes the adapter acts on (the <c>code</c> field of an error answer).</summary>
public static class DingTalkErrors
{
    /// <summary>The access token is unknown or expired: buy a new one and send again, once.</summary>
    public const string InvalidAuthentication = "InvalidAuthentication";

    /// <summary>Calls per second to one API by this app over the limit.</summary>
    public const string QpsLimitForApi = "Forbidden.AccessDenied.QpsLimitForApi";

    /// <summary>Calls per second to one API by this app key over the limit (the same limit, named per app key).</summary>
    public const string QpsLimitForAppkeyAndApi = "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi";

    /// <summary>The robot's messages to one group over the per-minute limit.</summary>
    public const string GroupFlowControl = "Forbidden.AccessDenied.RobotGroupMessageFlowControl";

    /// <summary>Set by the adapter: the 1:1 send named the person among <c>invalidStaffIdList</c> (he left, or is not in the app's range).</summary>
    public const string InvalidStaff = "InvalidStaffId";

    /// <summary>Set by the adapter: the 1:1 send named the person among <c>flowControlledStaffIdList</c>.</summary>
    public const string StaffFlowControlled = "FlowControlledStaffId";

    public static bool IsThrottling(string? code) =>
        code is QpsLimitForApi or QpsLimitForAppkeyAndApi or GroupFlowControl or StaffFlowControlled
        || (code?.Contains("QpsLimit", StringComparison.OrdinalIgnoreCase) ?? false)
        || (code?.Contains("FlowControl", StringComparison.OrdinalIgnoreCase) ?? false);
}
