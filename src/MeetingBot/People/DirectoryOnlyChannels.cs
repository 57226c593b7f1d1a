using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Coordination.People;

namespace MeetingBot.People;

/// <summary>
/// The one identity mechanism of the platform adapters (WeCom, DingTalk, and any adapter added as a row of
/// <see cref="Platforms"/>): their people are known only through the directory, by the platform user id the platform
/// vouched for (identity kind per platform). A match makes the turn act as that person (their service-wide user id and
/// directory name, as the web chat knows them), and so do the people @mentioned in it, so names typed in setup,
/// mentions and notices to people all reach the same ids; the platform id stays in the conversation, which is where
/// replies go. An unknown platform user is refused politely, naming whom to ask, before anything is created or stored.
/// </summary>
public sealed class DirectoryOnlyChannels(PeopleDirectoryStore store) : BotFramework.Builder.IMiddleware
{
    /// <summary>A platform whose users are matched by one identity kind; its names for the refusal.</summary>
    public sealed record Platform(string IdentityKind, string ChineseName, string EnglishName);

    /// <summary>The platforms served by an adapter, by channel id: a new adapter adds its row here and nothing else.</summary>
    public static readonly IReadOnlyDictionary<string, Platform> Platforms = new Dictionary<string, Platform>(StringComparer.OrdinalIgnoreCase)
    {
        [Channels.WeCom] = new(IdentityKinds.WeCom, "企业微信", "WeCom"),
        [Channels.DingTalk] = new(IdentityKinds.DingTalk, "钉钉", "DingTalk"),
    };

    public static bool Covers(string? channelId) => channelId is not null && Platforms.ContainsKey(channelId);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.ChannelId is not { } channel || !Platforms.TryGetValue(channel, out var platform)
            || activity.From?.Id is not { Length: > 0 } platformId || activity.Type is not (ActivityTypes.Message or ActivityTypes.Invoke))
        {
            await next(cancellationToken);
            return;
        }

        var directory = await store.GetAsync(cancellationToken);
        if (directory.FindByIdentity(platform.IdentityKind, platformId) is not { } person)
        {
            await turnContext.SendActivityAsync(Refusal(directory, platform, activity.Locale), cancellationToken);
            return;
        }

        activity.From = new ChannelAccount(person.WebChatUserId, person.Name) { Role = activity.From.Role };
        activity.Entities = Mentions(activity, directory, platform.IdentityKind);
        await next(cancellationToken);
    }

    /// <summary>
    /// The mentions as directory people: a mentioned platform id the directory knows becomes that person (id and
    /// name); one it does not know is dropped, so the chat front cannot pick him; the bot's own mention stays.
    /// </summary>
    private static List<Entity>? Mentions(Activity activity, PeopleDirectory directory, string identityKind)
    {
        if (activity.Entities is not { Count: > 0 } entities)
        {
            return activity.Entities;
        }

        var result = new List<Entity>(entities.Count);
        foreach (var entity in entities)
        {
            if (entity.AsMention() is not { Mentioned.Id: { Length: > 0 } id } mention || id == activity.Recipient?.Id)
            {
                result.Add(entity);
            }
            else if (directory.FindByIdentity(identityKind, id) is { } mentioned)
            {
                result.Add(Entity.FromMention(new Mention(new ChannelAccount(mentioned.WebChatUserId, mentioned.Name), "@" + mentioned.Name)));
            }
        }

        return result;
    }

    /// <summary>
    /// Names the organisers (the office), or the administrators when there are none, and the platform account to give
    /// them; says that nothing was kept and what to do next.
    /// </summary>
    public static string Refusal(PeopleDirectory directory, Platform platform, string? locale)
    {
        var office = string.Join("、", directory.With(OrganisationRole.Organiser).Select(p => p.Label));
        if (office.Length == 0)
        {
            office = string.Join("、", directory.With(OrganisationRole.Administrator).Select(p => p.Label));
        }

        if (locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true)
        {
            var whom = office.Length == 0 ? "your office (whoever keeps this service's directory of people)" : $"the office ({office})";
            return $"Sorry, you are not in this service's directory of people yet, so I cannot act for you, and nothing you wrote was kept. "
                + $"Please ask {whom} to add you with your {platform.EnglishName} account; then write to me again.";
        }

        var who = office.Length == 0 ? "本单位办公室（人员名录管理员）" : $"办公室（{office}）";
        return $"您好，您还不在本服务的人员名录中，暂时无法为您办理，您刚才发的内容也没有被保存。请联系{who}用您的{platform.ChineseName}账号将您加入名录，之后再给我发消息即可。";
    }
}
