using MeetingBot.BotFramework.Schema;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Documents;
using MeetingBot.Localization;
using MeetingBot.Storage.Documents;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>
/// A material (self-examination, collective, or a problem list in Word) sent as a file: read and checked (UploadedFileReader), kept with its versions in the
/// document store under the submission's key, and its .docx text extracted for the checks.
/// </summary>
public sealed class MaterialUpload(UploadedFileReader reader, IDocumentStore documents)
{
    /// <returns>The content to submit, or the refusal to say; both null when the message carries no file.</returns>
    public async Task<(ExaminationMaterial? Content, string? Refusal)> ReadAsync(
        Activity activity, string submissionKey, UserLocale locale, CancellationToken cancellationToken)
    {
        var (document, refusal) = await ReadDocumentAsync(activity, submissionKey, locale, cancellationToken);
        return (document is null ? null : ExaminationMaterial.FromDocument(document), refusal);
    }

    /// <summary>A file whose text is read as typed content (a problem list in Word): the text, or why it cannot be read.</summary>
    /// <returns>Both null when the message carries no file.</returns>
    public async Task<(string? Text, string? Refusal)> ReadTextAsync(
        Activity activity, string submissionKey, UserLocale locale, CancellationToken cancellationToken)
    {
        var (document, refusal) = await ReadDocumentAsync(activity, submissionKey, locale, cancellationToken);
        return document is null ? (null, refusal)
            : string.IsNullOrWhiteSpace(document.ExtractedText) ? (null, Forms.ProblemFormTexts.NoTextInFile.In(locale))
            : (document.ExtractedText, null);
    }

    /// <summary>The file kept in the document store with its extracted text, or the refusal to say; both null when there is no file.</summary>
    public async Task<(UploadedDocument? Document, string? Refusal)> ReadDocumentAsync(
        Activity activity, string submissionKey, UserLocale locale, CancellationToken cancellationToken)
    {
        switch (await reader.ReadAsync(activity, cancellationToken))
        {
            case UploadOutcome.Accepted accepted:
                var file = accepted.File;
                await using (var content = file.OpenRead())
                {
                    var stored = await documents.PutAsync(submissionKey + "/document", content, file.Type.ContentType, file.Name, cancellationToken);
                    string? text = null;
                    if (file.Type == UploadedFileType.Docx)
                    {
                        await using var docx = file.OpenRead();
                        text = DocxText.Extract(docx)?.Text;
                    }

                    return (new UploadedDocument(file.Name, file.Type.ContentType, file.Size, $"{stored.DocumentKey}@{stored.Version}", text), null);
                }

            case UploadOutcome.TooLarge tooLarge:
                return (null, SubmissionTexts.UploadTooLarge.In(locale, tooLarge.LimitBytes / 1024 / 1024));
            case UploadOutcome.TooLargeUnpacked unpacked:
                return (null, SubmissionTexts.UploadTooLargeUnpacked.In(locale, unpacked.LimitBytes / 1024 / 1024));
            case UploadOutcome.SourceRefused:
                return (null, SubmissionTexts.UploadSourceRefused.In(locale));
            case UploadOutcome.WrongType:
                return (null, SubmissionTexts.UploadWrongType.In(locale));
            case UploadOutcome.DownloadFailed:
                return (null, SubmissionTexts.UploadFailed.In(locale));
            default:
                return (null, null);
        }
    }
}
