using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.State;

namespace MeetingBot.Localization;

/// <summary>
/// Settles the turn's language before anything answers: the user's own choice, else the channel's locale, else
/// zh-CN. Writing it onto the activity means every reply and prompt of the turn follows it.
/// </summary>
public sealed class PreferredLocaleMiddleware(UserState userState) : BotFramework.Builder.IMiddleware
{
    public const string DefaultLocale = "zh-CN";

    private readonly IStatePropertyAccessor<UserProfile> _profile = userState.CreateProperty<UserProfile>(ProfileProperty);

    public const string ProfileProperty = "profile";

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.From?.Id is not null && activity.ChannelId is not null)
        {
            var profile = await _profile.GetAsync(turnContext, cancellationToken);
            activity.Locale = profile?.Locale ?? (string.IsNullOrWhiteSpace(activity.Locale) ? DefaultLocale : activity.Locale);
        }

        await next(cancellationToken);
    }
}
