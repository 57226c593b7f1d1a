using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Overview;
using MeetingBot.Coordination.People;
using MeetingBot.Hosting;
using MeetingBot.Localization;
using MeetingBot.People;
using MeetingBot.WebChannel.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace MeetingBot.Overview;

/// <summary>
/// <c>GET /overview</c> (every unit below the signed-in overseer, <c>?status=…&amp;sort=…&amp;desc=1</c>),
/// <c>GET /overview/export.xlsx</c> (the same rows as a workbook) and <c>GET /overview/unit?path=…</c> (one unit's
/// reported materials). The person is the one the organisation's sign-in named (the web chat's sign-in cookie);
/// whether he may see a unit is the domain's answer (<see cref="UnitScope"/>). Never cached, never framed, no script.
/// </summary>
public static partial class OverviewPage
{
    public const string Path = WebChannel.SignIn.SignInEndpoints.OverviewPath;
    public const string ExportPath = Path + "/export.xlsx";
    public const string UnitPath = Path + "/unit";

    public static string UnitLink(string unit) => UnitPath + "?path=" + Uri.EscapeDataString(unit);

    public static void Map(WebApplication app)
    {
        app.MapGet(Path, (HttpContext http, PeopleDirectoryStore people, OverviewReader reader, TimeProvider time, IOptions<SignInOptions> signIn, ILoggerFactory loggers) =>
            WithProgressAsync(http, people, reader, signIn.Value, loggers, (directory, viewer, progress) =>
            {
                var html = OverviewHtml.Page(UnitScope.OverseenBy(directory, viewer)!, progress, OverviewQuery.From(http.Request.Query), viewer.Label, time.GetUtcNow());
                return Results.Content(html, "text/html; charset=utf-8");
            }));

        app.MapGet(ExportPath, (HttpContext http, PeopleDirectoryStore people, OverviewReader reader, IOptions<SignInOptions> signIn, ILoggerFactory loggers, TimeProvider time) =>
            WithProgressAsync(http, people, reader, signIn.Value, loggers, (_, viewer, progress) =>
            {
                var rows = OverviewQuery.From(http.Request.Query).Apply(progress);
                LogExported(loggers.CreateLogger(typeof(OverviewPage)), viewer.Id, rows.Count);
                var name = $"units-{time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)):yyyyMMdd}.xlsx";
                return Results.File(OverviewExport.Write(rows), OverviewExport.ContentType, name);
            }));

        app.MapGet(UnitPath, async (HttpContext http, PeopleDirectoryStore people, OverviewReader reader, IOptions<SignInOptions> signIn, ILoggerFactory loggers) =>
        {
            PageHeaders.Apply(http.Response, OverviewHtml.ContentSecurityPolicy);
            var (directory, viewer) = await ViewerAsync(http, people, signIn.Value);
            if (viewer is null)
            {
                return NotSignedIn(http, signIn.Value);
            }

            var unit = Coordination.People.UnitPath.Normalise(http.Request.Query["path"]) ?? string.Empty;
            var materials = await reader.MaterialsAsync(directory, viewer, unit, http.RequestAborted);
            return materials.IsSuccess
                ? Results.Content(OverviewHtml.UnitPage(unit, materials.Value), "text/html; charset=utf-8")
                : Refused(http, materials.Failure, loggers, viewer);
        });
    }

    /// <summary>
    /// The page and its workbook show the same rows: the signed-in overseer's units as the domain lets him see them,
    /// or the sign-in or refusal page.
    /// </summary>
    private static async Task<IResult> WithProgressAsync(HttpContext http, PeopleDirectoryStore people, OverviewReader reader, SignInOptions signIn,
        ILoggerFactory loggers, Func<PeopleDirectory, DirectoryPerson, IReadOnlyList<UnitProgress>, IResult> render)
    {
        PageHeaders.Apply(http.Response, OverviewHtml.ContentSecurityPolicy);
        var (directory, viewer) = await ViewerAsync(http, people, signIn);
        if (viewer is null)
        {
            return NotSignedIn(http, signIn);
        }

        var progress = await reader.ProgressAsync(directory, viewer, null, http.RequestAborted);
        return progress.IsSuccess ? render(directory, viewer, progress.Value) : Refused(http, progress.Failure, loggers, viewer);
    }

    /// <summary>The signed-in person, as the directory knows him now (removed since signing in: nobody).</summary>
    private static async Task<(PeopleDirectory Directory, DirectoryPerson? Viewer)> ViewerAsync(HttpContext http, PeopleDirectoryStore people, SignInOptions signIn)
    {
        var directory = await people.GetAsync(http.RequestAborted);
        if (!signIn.Enabled)
        {
            return (directory, null);
        }

        var signedIn = await http.AuthenticateAsync(SignInSchemes.Cookie);
        var personId = signedIn.Principal?.FindFirst(SignInSchemes.PersonIdClaim)?.Value;
        return (directory, personId is { Length: > 0 } ? directory.Find(personId) : null);
    }

    private static IResult NotSignedIn(HttpContext http, SignInOptions signIn)
    {
        var locale = AcceptLanguage.Of(http.Request);
        var html = signIn.Enabled
            ? OverviewHtml.Notice(OverviewTexts.SignInTitle.In(locale), OverviewTexts.SignInBody.In(locale), OverviewTexts.SignIn.In(locale),
                http.Request.PathBase + SignInEndpoints.SignInPath + "?back=" + SignInEndpoints.OverviewBack, locale)
            : OverviewHtml.Notice(OverviewTexts.SignInTitle.In(locale), OverviewTexts.SignInOff.In(locale), null, null, locale);
        return Results.Content(html, "text/html; charset=utf-8", statusCode: StatusCodes.Status401Unauthorized);
    }

    private static IResult Refused(HttpContext http, Failure failure, ILoggerFactory loggers, DirectoryPerson viewer)
    {
        var locale = AcceptLanguage.Of(http.Request);
        LogRefused(loggers.CreateLogger(typeof(OverviewPage)), viewer.Id, failure.Code);
        var status = failure.Kind == FailureKind.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status403Forbidden;
        var html = OverviewHtml.Notice(OverviewTexts.RefusedTitle.In(locale), Meetings.FailureReply.Plain(failure, locale), OverviewTexts.BackToChat.In(locale), "/chat", locale);
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Overview refused to {PersonId}: {Code}")]
    private static partial void LogRefused(ILogger logger, string personId, string code);

    [LoggerMessage(Level = LogLevel.Information, Message = "Overview exported by {PersonId}: {Rows} row(s)")]
    private static partial void LogExported(ILogger logger, string personId, int rows);
}
