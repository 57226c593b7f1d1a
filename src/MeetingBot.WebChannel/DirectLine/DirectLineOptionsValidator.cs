using Microsoft.Extensions.Options;

namespace MeetingBot.WebChannel.DirectLine;

/// <summary>Start-up checks beyond the data annotations: a usable key, an absolute public URL.</summary>
public sealed class DirectLineOptionsValidator : IValidateOptions<DirectLineOptions>
{
    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.SigningKey) && DirectLineSigningKey.Problem(options.SigningKey) is { } problem)
        {
            failures.Add($"DirectLine:SigningKey {problem}.");
        }

        if (!Uri.TryCreate(options.PublicUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add("DirectLine:PublicUrl must be an absolute http(s) URL.");
        }

        if (!string.IsNullOrWhiteSpace(options.SigningKeyPath) && File.Exists(options.SigningKeyPath)
            && DirectLineSigningKey.Problem(File.ReadAllText(options.SigningKeyPath)) is { } fileProblem)
        {
            failures.Add($"The DirectLine:SigningKeyPath file {fileProblem}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
