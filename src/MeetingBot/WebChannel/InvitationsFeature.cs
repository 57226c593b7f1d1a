using MeetingBot.WebChannel.DirectLine;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Invitations;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.WebChannel.SignIn;
using MeetingBot.Storage;
using Microsoft.Extensions.Options;

namespace MeetingBot.WebChannel;

/// <summary>
/// The web chat for organisations without a cloud account: the Direct Line endpoint, invitations that open it for
/// a meeting's participants, sign-in with the organisation's identity provider, and the chat page at <c>/chat</c>.
/// </summary>
public static class InvitationsFeature
{
    public static IServiceCollection AddWebChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDirectLine(configuration);
        // The embedded default keeps its signing key beside the SQLite file unless one is configured.
        services.AddSingleton<IPostConfigureOptions<DirectLineOptions>>(sp => new PostConfigureOptions<DirectLineOptions>(Options.DefaultName, o =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            if (string.IsNullOrWhiteSpace(o.SigningKey) && string.IsNullOrWhiteSpace(o.SigningKeyPath) && StorageProviders.Is(storage.Provider, StorageProviders.Sqlite))
            {
                o.SigningKeyPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storage.Sqlite.Path)) ?? ".", "directline.key");
            }
        }));
        services.AddOptions<InvitationOptions>().Bind(configuration.GetSection(InvitationOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<InvitationStore>();
        services.AddSingleton<InvitationRevocation>();
        services.AddSingleton<InvitationCodes>();
        services.AddSingleton<InvitationIssuer>();
        services.AddSingleton<InvitationGrants>();
        services.AddSingleton<InvitationLinkCheck>();
        // Invitation holders and signed-in people: each credential is checked by the grants of its kind.
        services.AddSignIn(configuration);
        services.AddSingleton<IDirectLineGrants, WebChatGrants>();
        services.AddSingleton<IChatCommandHandler, InviteLinksCommand>();
        services.AddSingleton<INewMemberFollower, NewMemberInvitation>();
        services.AddSingleton<IChatCommandHandler, RevokeInviteCommand>();
        return services;
    }

    public static WebApplication MapWebChat(this WebApplication app)
    {
        app.MapDirectLine();
        app.UseSignIn();
        ChatPage.Map(app);
        return app;
    }
}
