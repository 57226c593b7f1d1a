using System.Globalization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Localization;

namespace MeetingBot.WebChannel;

/// <summary>The page for an invitation link that no longer opens the chat: what happened, and whom to ask for a new one.</summary>
public static class InvitationLinkNotice
{
    // Links are for Chinese offices: the date a link ended is told on Beijing time.
    private static readonly TimeZoneInfo Zone = WallClock.TryFindZone("Asia/Shanghai", out var zone) ? zone : TimeZoneInfo.Utc;

    /// <param name="signInHref">Where to sign in instead, when the organisation has sign-in.</param>
    public static ChatNotice For(InvitationLinkStanding standing, UserLocale locale, string? signInHref)
    {
        var when = standing.EndedAt is { } at
            ? TimeZoneInfo.ConvertTime(at, Zone).ToString(ChatPageTexts.DateFormat.In(locale), locale == UserLocale.En ? CultureInfo.GetCultureInfo("en-GB") : CultureInfo.InvariantCulture)
            : string.Empty;
        var (title, body) = standing.State switch
        {
            InvitationLinkState.Expired => (ChatPageTexts.ExpiredTitle.In(locale), ChatPageTexts.ExpiredBody.In(locale, when)),
            InvitationLinkState.Revoked => (ChatPageTexts.RevokedTitle.In(locale), ChatPageTexts.RevokedBody.In(locale, when)),
            _ => (ChatPageTexts.InvalidTitle.In(locale), ChatPageTexts.InvalidBody.In(locale)),
        };
        var ask = standing.WhomToAsk.Count > 0
            ? ChatPageTexts.AskNamed.In(locale, UserLocales.List(locale, standing.WhomToAsk))
            : ChatPageTexts.AskOffice.In(locale);
        return signInHref is null
            ? new ChatNotice(title, [body, ask])
            : new ChatNotice(title, [body, ask, ChatPageTexts.SignInInstead.In(locale)], ChatPageTexts.SignInAction.In(locale), signInHref);
    }
}
