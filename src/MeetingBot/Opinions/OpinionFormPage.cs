using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Hosting;
using MeetingBot.Meetings.Storage;
using Microsoft.AspNetCore.Http.Features;

namespace MeetingBot.Opinions;

/// <summary>
/// <c>GET/POST /opinions/{token}</c>: the public opinion form. Server-rendered, no scripts; a post needs the form token
/// its page carried, is bounded in size and rate, and a refusal comes back as the form again with a Chinese message
/// and everything typed. Unknown and revoked links get the same 404 page; a closed collection says so.
/// </summary>
public static partial class OpinionFormPage
{
    public const string Path = "/opinions";

    /// <summary>A form with a thousand-character opinion is well under this; anything larger is not a person typing.</summary>
    public const int MaxBodyBytes = 32 * 1024;

    private const string Policy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void Map(WebApplication app)
    {
        app.MapGet(Path + "/{token}", async (string token, HttpContext http, OpinionLinkStore links, MeetingRepository repository, OpinionFormToken forms) =>
        {
            PageHeaders.Apply(http.Response, Policy);
            if (await OpenAsync(token, links, repository, http.RequestAborted) is not { } found)
            {
                return Page(OpinionFormHtml.NotFound(), StatusCodes.Status404NotFound);
            }

            return found.Collection?.Accepts(found.Link.OnCollectiveMaterial) == true
                ? Page(OpinionFormHtml.Form(found.Dossier.Meeting, found.Link, MaterialOf(found.Dossier), OpinionFormFields.Empty, forms.Issue(found.Link), null), StatusCodes.Status200OK)
                : Page(OpinionFormHtml.Closed(null), StatusCodes.Status410Gone);
        });

        app.MapPost(Path + "/{token}", PostAsync).DisableAntiforgery();
    }

    private static async Task<IResult> PostAsync(
        string token, HttpContext http, OpinionLinkStore links, MeetingRepository repository, OpinionFormToken forms, OpinionFormLimit limit, TimeProvider time, ILoggerFactory loggers)
    {
        PageHeaders.Apply(http.Response, Policy);
        var cancellationToken = http.RequestAborted;
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return Page(OpinionFormHtml.BadRequest("提交的内容过长，未能接收。请把意见精简到1000字以内，返回上一页修改后再提交。"), StatusCodes.Status413PayloadTooLarge);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxBodyBytes;
        }

        if (await OpenAsync(token, links, repository, cancellationToken) is not { } found)
        {
            return Page(OpinionFormHtml.NotFound(), StatusCodes.Status404NotFound);
        }

        IFormCollection form;
        try
        {
            form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(cancellationToken) : FormCollection.Empty;
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException)
        {
            return Page(OpinionFormHtml.BadRequest("提交的内容过长或格式不对，未能接收。请返回上一页修改后再提交。"), StatusCodes.Status400BadRequest);
        }

        var fields = new OpinionFormFields(form[OpinionFormFields.TextField].ToString(), form[OpinionFormFields.NameField].ToString(), form[OpinionFormFields.AddresseeField].ToString() is { Length: > 0 } to ? to : "0");
        var meeting = found.Dossier.Meeting;
        var material = MaterialOf(found.Dossier);
        IResult Again(string error, int status) =>
            Page(OpinionFormHtml.Form(meeting, found.Link, material, fields, forms.Issue(found.Link), error), status);

        if (found.Collection?.Accepts(found.Link.OnCollectiveMaterial) != true)
        {
            return Page(OpinionFormHtml.Closed(fields.Text), StatusCodes.Status410Gone);
        }

        if (forms.Check(form[OpinionFormFields.TokenField].ToString(), found.Link) is not { } formKey)
        {
            return Again("页面已过期，请核对下面的内容后重新提交。", StatusCodes.Status400BadRequest);
        }

        if (!limit.TryAcquire(OpinionLinkStore.Key(token), OpinionFormLimit.AddressOf(http)))
        {
            return Again("提交过于频繁，请稍等一分钟后再提交。您填写的内容已保留。", StatusCodes.Status429TooManyRequests);
        }

        if (Addressee(meeting, found.Link, fields.Addressee) is not { } addressee)
        {
            return Again("请从列表中选择意见提给谁。", StatusCodes.Status400BadRequest);
        }

        var outcome = await repository.UpdateAsync<OpinionCollection>(unitOfWork: null, DocumentId.Opinions(meeting.Id), stored =>
            new GiveOpinion(fields.Text, string.IsNullOrWhiteSpace(fields.Name) ? null : fields.Name, addressee.UserId, found.Link.OnCollectiveMaterial, formKey)
                .Decide(meeting, stored, time.GetUtcNow()), cancellationToken);
        if (!outcome.IsSuccess)
        {
            return outcome.Failure.Code == FailureCodes.OpinionsClosed
                ? Page(OpinionFormHtml.Closed(fields.Text), StatusCodes.Status410Gone)
                : Again(FailureTexts.For(outcome.Failure).ZhCn, outcome.Failure.Kind == FailureKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
        }

        // Which opinion and for whom, never its text or the name given (the log is read by operators).
        LogReceived(loggers.CreateLogger(typeof(OpinionFormPage)), meeting.Id, outcome.Value.Opinions.FirstOrDefault(o => o.FormKey == formKey)?.Number ?? 0);
        return Page(OpinionFormHtml.Received(meeting, found.Link), StatusCodes.Status200OK);
    }

    /// <summary>The roster place typed as "0" (the team) or 1..n (a member), as the form offers them; null for anything else.</summary>
    private static (string? UserId, bool Valid)? Addressee(Meeting meeting, OpinionLink link, string value)
    {
        if (link.OnCollectiveMaterial || value == "0")
        {
            return (null, true);
        }

        var members = meeting.Members;
        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var place) && place >= 1 && place <= members.Count
            ? (members[place - 1].UserId, true)
            : null;
    }

    private static async Task<Found?> OpenAsync(string token, OpinionLinkStore links, MeetingRepository repository, CancellationToken cancellationToken) =>
        await links.FindActiveAsync(token, cancellationToken) is { } link
            && await repository.GetDossierAsync(unitOfWork: null, link.MeetingId, cancellationToken) is { } dossier
            ? new Found(link, dossier, dossier.Opinions)
            : null;

    private static ExaminationMaterial? MaterialOf(MeetingDossier dossier) => dossier.CollectiveMaterial?.Latest?.Content as ExaminationMaterial;

    private static IResult Page(string html, int status) => Results.Content(html, "text/html; charset=utf-8", statusCode: status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Opinion {Number} received on the public form of meeting {MeetingId}")]
    private static partial void LogReceived(ILogger logger, string meetingId, int number);

    private sealed record Found(OpinionLink Link, MeetingDossier Dossier, OpinionCollection? Collection);
}
