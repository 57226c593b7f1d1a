using MeetingBot.Hosting;
using MeetingBot.Localization;
using MeetingBot.WebChannel.SignIn;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace MeetingBot.WebChannel;

/// <summary>
/// <c>/chat</c>: the web chat page (Web Chat from npm, built into <c>chatpage/</c> beside the service by the project's
/// build). It reads the invitation from its link, or the person's sign-in, gets a token and opens their
/// conversation. A link that no longer works gets a page saying so and whom to ask, before any chat is shown.
/// </summary>
public static partial class ChatPage
{
    public const string Path = "/chat";
    public const string Folder = "chatpage";
    public const string Bundle = "webchat.js";
    private const string NoncePlaceholder = "__CSP_NONCE__";

    public static void Map(WebApplication app)
    {
        var folder = System.IO.Path.Combine(AppContext.BaseDirectory, Folder);
        var index = System.IO.Path.Combine(folder, "index.html");
        if (!File.Exists(System.IO.Path.Combine(folder, Bundle)))
        {
            LogBundleMissing(app.Logger, folder);
        }

        app.MapGet(Path, async (HttpContext http, InvitationLinkCheck links, IOptions<SignInOptions> signIn) =>
        {
            var nonce = PageHeaders.NewNonce();
            PageHeaders.Apply(http.Response, ChatPagePolicy.For(nonce));
            if (http.Request.Query["invite"].FirstOrDefault() is { Length: > 0 } code
                && await links.CheckAsync(code, http.RequestAborted) is { State: not InvitationLinkState.Active } standing)
            {
                var signInHref = signIn.Value.Enabled ? http.Request.PathBase + SignInEndpoints.SignInPath : null;
                return ChatNoticeHtml.Result(http.Response, InvitationLinkNotice.For(standing, AcceptLanguage.Of(http.Request), signInHref),
                    AcceptLanguage.Of(http.Request), standing.State == InvitationLinkState.Invalid ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone);
            }

            if (!File.Exists(index) || !File.Exists(System.IO.Path.Combine(folder, Bundle)))
            {
                return Results.Text("The web chat is not installed: build the service with npm available (see README).", statusCode: 503);
            }

            // Web Chat inserts its styles as <style> elements; the page hands it this response's nonce for them.
            var html = (await File.ReadAllTextAsync(index, http.RequestAborted)).Replace(NoncePlaceholder, nonce, StringComparison.Ordinal);
            return Results.Content(html, "text/html; charset=utf-8");
        });
        if (Directory.Exists(folder))
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(folder),
                RequestPath = Path,
                // Revalidated on every visit (a 304 when unchanged) rather than no-store: the Web Chat bundle is ~4 MB
                // and carries nothing personal, unlike the page's address.
                OnPrepareResponse = file => PageHeaders.Apply(file.Context.Response, ChatPagePolicy.ForFiles, "no-cache"),
            });
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The web chat bundle is missing from {Folder}; /chat answers 503 until the service is built with npm available")]
    private static partial void LogBundleMissing(ILogger logger, string folder);
}
