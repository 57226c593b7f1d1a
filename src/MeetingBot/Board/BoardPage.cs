using MeetingBot.Coordination.Rectification;
using MeetingBot.Coordination.Templates;
using MeetingBot.Hosting;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Board;

/// <summary>
/// <c>GET /board/{token}</c>: the meeting's public board. An unknown and a revoked token get the same plain 404.
/// The page is never cached and never hands its address on (the token is the credential).
/// </summary>
public static class BoardPage
{
    public const string Path = "/board";

    public static void Map(WebApplication app) =>
        app.MapGet(Path + "/{token}", async (string token, HttpContext http, BoardLinkStore links, MeetingRepository repository, TemplateLibrary templates, TimeProvider time) =>
        {
            PageHeaders.Apply(http.Response, "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
            var cancellationToken = http.RequestAborted;
            if (await links.FindActiveAsync(token, cancellationToken) is not { } link
                || await repository.GetDossierAsync(unitOfWork: null, link.MeetingId, cancellationToken) is not { } dossier
                || templates.Find(dossier.Meeting.TemplateId) is not { } template)
            {
                return Results.Content(BoardHtml.NotFound(), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
            }

            var now = time.GetUtcNow();
            return Results.Content(BoardHtml.Render(RectificationBoard.For(dossier, template, now), now), "text/html; charset=utf-8");
        });
}
