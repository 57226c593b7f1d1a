using System.Text.Json;
using MeetingBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace MeetingBot.WebChannel.DirectLine;

/// <summary>
/// <c>POST …/upload</c> (protocol §8.1): multipart with the files and an optional <c>activity</c> part. The files
/// travel inside the activity as <c>data:</c> URLs, so the bot reads them like any attachment and nothing needs a
/// separate, separately secured file store.
/// </summary>
public sealed record DirectLineUpload(Activity? Activity, DirectLineUpload.Refusal? Problem)
{
    public const string ActivityPartName = "activity";

    public sealed record Refusal(int Status, string Code, string Message);

    public static async Task<DirectLineUpload> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Refused(StatusCodes.Status400BadRequest, "BadArgument", "An upload is multipart/form-data.");
        }

        // The data: URLs grow the files by a third; the limit is on what arrives.
        request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = maxBytes + 64 * 1024 }));
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            return Refused(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The upload is too large.");
        }

        Activity? activity = null;
        var attachments = new List<Attachment>();
        long total = 0;
        foreach (var file in form.Files)
        {
            if (file.Name == ActivityPartName)
            {
                try
                {
                    await using var json = file.OpenReadStream();
                    activity = await JsonSerializer.DeserializeAsync<Activity>(json, BotJson.Options, cancellationToken);
                }
                catch (JsonException)
                {
                    return Refused(StatusCodes.Status400BadRequest, "BadArgument", "The activity part is not an activity.");
                }

                continue;
            }

            total += file.Length;
            if (total > maxBytes)
            {
                return Refused(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The upload is too large.");
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            var contentType = string.IsNullOrWhiteSpace(file.ContentType) ? "application/octet-stream" : file.ContentType;
            attachments.Add(new Attachment
            {
                ContentType = contentType,
                ContentUrl = $"data:{contentType};base64,{Convert.ToBase64String(buffer.ToArray())}",
                Name = file.FileName,
            });
        }

        if (attachments.Count == 0)
        {
            return Refused(StatusCodes.Status400BadRequest, "BadArgument", "The upload holds no file.");
        }

        activity ??= new Activity();
        activity.Type ??= ActivityTypes.Message;
        activity.Attachments = attachments;
        return new DirectLineUpload(activity, null);
    }

    private static DirectLineUpload Refused(int status, string code, string message) => new(null, new Refusal(status, code, message));
}
