using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Coordination.People;

namespace MeetingBot.People;

/// <summary>
/// Channels served by a platform adapter (WeCom), whose people are known only through the directory: the platform's
/// user id is matched to a directory person by that platform's identity kind. A match makes the turn act as that
/// person (their service-wide user id and directory name, as the web chat knows them), so names typed in setup and
/// notices to people reach the same ids; the platform id stays in the conversation, which is where replies go.
/// An unknown platform user is refused politely, naming whom to ask, and nothing is created or stored.
/// </summary>
public sealed class DirectoryOnlyChannels(PeopleDirectoryStore store) : BotFramework.Builder.IMiddleware
{
    private static readonly Dictionary<string, string> IdentityKindOf = new(StringComparer.OrdinalIgnoreCase)
    {
        [Channels.WeCom] = IdentityKinds.WeCom,
    };

    public static bool Covers(string? channelId) => channelId is not null && IdentityKindOf.ContainsKey(channelId);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.ChannelId is not { } channel || !IdentityKindOf.TryGetValue(channel, out var kind)
            || activity.From?.Id is not { Length: > 0 } platformId || activity.Type is not (ActivityTypes.Message or ActivityTypes.Invoke))
        {
            await next(cancellationToken);
            return;
        }

        var directory = await store.GetAsync(cancellationToken);
        if (directory.FindByIdentity(kind, platformId) is not { } person)
        {
            await turnContext.SendActivityAsync(Refusal(directory, activity.Locale), cancellationToken);
            return;
        }

        activity.From = new ChannelAccount(person.WebChatUserId, person.Name) { Role = activity.From.Role };
        await next(cancellationToken);
    }

    /// <summary>Names the organisers (the office), or the administrators when there are none.</summary>
    public static string Refusal(PeopleDirectory directory, string? locale)
    {
        var office = string.Join("、", directory.With(OrganisationRole.Organiser).Select(p => p.Label));
        if (office.Length == 0)
        {
            office = DirectoryChanges.AdministratorNames(directory);
        }

        return locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true
            ? $"Sorry, you are not in this service's directory of people yet, so I cannot act for you. Please ask the office ({office}) to add you with your WeCom account; then write to me again."
            : $"您好，您还不在本服务的人员名录中，暂时无法为您办理。请联系办公室（{office}）用您的企业微信账号将您加入名录，之后再给我发消息即可。";
    }
}
