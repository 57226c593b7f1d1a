using MeetingBot.Coordination.MeetingRecords;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Hosting;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;
using MeetingBot.People;
using MeetingBot.WebChannel.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace MeetingBot.Attendance;

/// <summary>
/// <c>/signin/{token}</c>: a participant's own link; <c>/signin/meeting/{token}</c>: the meeting's code, for the person
/// signed in to the web (identity from the sign-in and the directory, never typed); <c>/signin/sheet/{token}</c>: the
/// printable sheet, for the secretary the link was issued to. GET shows, POST records. An unknown, tampered or expired
/// link gets the same Chinese page and a 404.
/// </summary>
public static class SignInPage
{
    public const string Path = "/signin";
    public const string MeetingPath = Path + "/meeting";
    public const string SheetPath = Path + "/sheet";
    private const string Html = "text/html; charset=utf-8";
    private const string Policy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void Map(WebApplication app)
    {
        app.MapGet(Path + "/{token}", (string token, HttpContext http, SignInTokens tokens, MeetingRepository repository) =>
            PersonalAsync(token, http, tokens, repository, record: false));
        app.MapPost(Path + "/{token}", (string token, HttpContext http, SignInTokens tokens, MeetingRepository repository) =>
            PersonalAsync(token, http, tokens, repository, record: true));
        app.MapGet(MeetingPath + "/{token}", (string token, HttpContext http, SignInTokens tokens, MeetingRepository repository, PeopleDirectoryStore people, IOptions<SignInOptions> signIn) =>
            MeetingCodeAsync(token, http, tokens, repository, people, signIn.Value, record: false));
        app.MapPost(MeetingPath + "/{token}", (string token, HttpContext http, SignInTokens tokens, MeetingRepository repository, PeopleDirectoryStore people, IOptions<SignInOptions> signIn) =>
            MeetingCodeAsync(token, http, tokens, repository, people, signIn.Value, record: true));
        app.MapGet(SheetPath + "/{token}", SheetAsync);
    }

    private static async Task<IResult> PersonalAsync(string token, HttpContext http, SignInTokens tokens, MeetingRepository repository, bool record)
    {
        PageHeaders.Apply(http.Response, Policy);
        if (await tokens.ReadAsync(token) is not { } read || read.UserId == SignInTokens.Everyone
            || await repository.GetDossierAsync(unitOfWork: null, read.MeetingId, http.RequestAborted) is not { } dossier || dossier.Meeting.Find(read.UserId) is not { } person)
        {
            return Invalid();
        }

        return await SignInAsync(http, repository, dossier, person, SignInVia.PersonalLink, record);
    }

    private static async Task<IResult> MeetingCodeAsync(
        string token, HttpContext http, SignInTokens tokens, MeetingRepository repository, PeopleDirectoryStore people, SignInOptions signIn, bool record)
    {
        PageHeaders.Apply(http.Response, Policy);
        if (await tokens.ReadAsync(token) is not { UserId: SignInTokens.Everyone } read
            || await repository.GetDossierAsync(unitOfWork: null, read.MeetingId, http.RequestAborted) is not { } dossier)
        {
            return Invalid();
        }

        var personId = signIn.Enabled ? (await http.AuthenticateAsync(SignInSchemes.Cookie)).Principal?.FindFirst(SignInSchemes.PersonIdClaim)?.Value : null;
        if (personId is not { Length: > 0 } || (await people.GetAsync(http.RequestAborted)).Find(personId) is not { } viewer)
        {
            return Results.Content(SignInHtml.SignInFirst(http.Request.PathBase + SignInEndpoints.SignInPath), Html, statusCode: StatusCodes.Status401Unauthorized);
        }

        // The participant is the signed-in person under any id the directory knows him by.
        var person = dossier.Meeting.Participants.FirstOrDefault(p => p.UserId == viewer.Id || viewer.Identities.Any(i => i.Id == p.UserId));
        return person is null
            ? Results.Content(SignInHtml.Refused(dossier.Meeting, FailureReply.Plain(Failure.Forbidden(FailureCodes.NotAParticipant), UserLocale.ZhCn)), Html, statusCode: StatusCodes.Status403Forbidden)
            : await SignInAsync(http, repository, dossier, person, SignInVia.MeetingCode, record);
    }

    private static async Task<IResult> SignInAsync(HttpContext http, MeetingRepository repository, MeetingDossier dossier, Participant person, string via, bool record)
    {
        var meeting = dossier.Meeting;
        if (!record)
        {
            var earlier = dossier.Minutes?.SignIns.FirstOrDefault(s => s.UserId == person.UserId);
            return Results.Content(SignInHtml.Confirm(meeting, person.Name, earlier is null ? null : SignInHtml.Local(meeting, earlier.At)), Html);
        }

        var actor = new Actor(person.UserId, person.Name, meeting.TenantId);
        var time = http.RequestServices.GetRequiredService<TimeProvider>();
        var outcome = await repository.UpdateAsync<MeetingMinutes>(unitOfWork: null, DocumentId.Minutes(meeting.Id), stored =>
            new SignInToMeeting(via).Decide(meeting, stored, actor, time.GetUtcNow()), http.RequestAborted);
        return outcome.IsSuccess
            ? Results.Content(SignInHtml.Done(meeting, person.Name, outcome.Value.SignIns[^1].At), Html)
            : Results.Content(SignInHtml.Refused(meeting, FailureReply.Plain(outcome.Failure, UserLocale.ZhCn)), Html, statusCode: StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> SheetAsync(string token, HttpContext http, SignInTokens tokens, SignInLinks links, MeetingRepository repository)
    {
        PageHeaders.Apply(http.Response, Policy);
        if (await tokens.ReadAsync(token) is not { } read
            || await repository.GetDossierAsync(unitOfWork: null, read.MeetingId, http.RequestAborted) is not { } dossier || !dossier.Meeting.Holds(read.UserId, Role.Secretary))
        {
            return Invalid();
        }

        var meeting = dossier.Meeting;
        var team = meeting.Participants.Where(p => p.Holds(Role.Lead) || p.Holds(Role.Member)).ToList();
        var personal = new List<(Participant, string)>();
        foreach (var person in team)
        {
            personal.Add((person, await links.PersonalAsync(meeting, person.UserId)));
        }

        return Results.Content(SignInSheetHtml.Render(meeting, await links.MeetingCodeAsync(meeting), personal, AttendanceRoll.Of(meeting, dossier.Minutes)), Html);
    }

    private static IResult Invalid() => Results.Content(SignInHtml.Invalid(), Html, statusCode: StatusCodes.Status404NotFound);
}
