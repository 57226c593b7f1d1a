namespace MeetingBot.DingTalk;

/// <summary>How DingTalk's robot messages reach the bot.</summary>
public enum DingTalkMode
{
    /// <summary>The bot opens an outbound WebSocket to the platform: no public callback URL (an intranet deployment).</summary>
    Stream,

    /// <summary>The platform posts each message to <c>/api/dingtalk/callback</c>, signed with the app secret.</summary>
    Http,
}
