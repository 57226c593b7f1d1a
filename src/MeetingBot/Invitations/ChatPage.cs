using Microsoft.Extensions.FileProviders;

namespace MeetingBot.Invitations;

/// <summary>
/// <c>/chat</c>: the web chat page (Web Chat from npm, built into <c>chatpage/</c> beside the service by the project's
/// build). It reads the invitation from its link, gets a token and opens the person's conversation.
/// </summary>
public static partial class ChatPage
{
    public const string Folder = "chatpage";
    public const string Bundle = "webchat.js";

    public static void Map(WebApplication app)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, Folder);
        var index = Path.Combine(folder, "index.html");
        if (!File.Exists(Path.Combine(folder, Bundle)))
        {
            LogBundleMissing(app.Logger, folder);
        }

        app.MapGet("/chat", (HttpContext http) =>
        {
            if (!File.Exists(index) || !File.Exists(Path.Combine(folder, Bundle)))
            {
                return Results.Text("The web chat is not installed: build the service with npm available (see README).", statusCode: 503);
            }

            // The link carries the invitation: never hand it on to other sites, never cache the page.
            http.Response.Headers["Referrer-Policy"] = "no-referrer";
            http.Response.Headers.CacheControl = "no-store";
            return Results.File(index, "text/html; charset=utf-8");
        });
        if (Directory.Exists(folder))
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder), RequestPath = "/chat" });
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The web chat bundle is missing from {Folder}; /chat answers 503 until the service is built with npm available")]
    private static partial void LogBundleMissing(ILogger logger, string folder);
}
