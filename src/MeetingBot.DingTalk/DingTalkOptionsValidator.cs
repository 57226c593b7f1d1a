using Microsoft.Extensions.Options;

namespace MeetingBot.DingTalk;

/// <summary>An enabled DingTalk channel needs its credentials and an absolute API address; each failure names its key.</summary>
public sealed class DingTalkOptionsValidator : IValidateOptions<DingTalkOptions>
{
    public ValidateOptionsResult Validate(string? name, DingTalkOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        Require(options.ClientId, nameof(DingTalkOptions.ClientId), "the application's Client ID (AppKey)", failures);
        Require(options.ClientSecret, nameof(DingTalkOptions.ClientSecret), "the application's Client Secret (AppSecret)", failures);
        Require(options.RobotCode, nameof(DingTalkOptions.RobotCode), "the robot's RobotCode", failures);
        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{DingTalkOptions.SectionName}:{nameof(DingTalkOptions.ApiBaseUrl)} must be an absolute http(s) address, e.g. {DingTalkOptions.DefaultApiBaseUrl}.");
        }

        if (options.PublicBaseUrl is { Length: > 0 } site
            && (!Uri.TryCreate(site, UriKind.Absolute, out var page) || (page.Scheme != Uri.UriSchemeHttps && page.Scheme != Uri.UriSchemeHttp)))
        {
            failures.Add($"{DingTalkOptions.SectionName}:{nameof(DingTalkOptions.PublicBaseUrl)} must be an absolute http(s) address, the service as people's DingTalk clients reach it.");
        }

        if (options.ActionLinkKey is { Length: > 0 } && Actions.ActionLinks.KeyBytes(options.ActionLinkKey) is null)
        {
            failures.Add($"{DingTalkOptions.SectionName}:{nameof(DingTalkOptions.ActionLinkKey)} must be base64 of at least {Actions.ActionLinks.MinimumKeyBytes} bytes (or unset, to derive one from the Client Secret).");
        }

        // The pacing cannot wait for a rate of zero, and a callback limit of nothing refuses every message.
        Positive(options.GroupMessagesPerMinute, nameof(DingTalkOptions.GroupMessagesPerMinute), "the robot's messages to one group a minute (20 documented)", failures);
        Positive(options.ApiCallsPerSecond, nameof(DingTalkOptions.ApiCallsPerSecond), "the app's calls a second to one API (20 on the standard edition)", failures);
        Positive(options.MaxCallbackBytes, nameof(DingTalkOptions.MaxCallbackBytes), "the largest callback body read, in bytes", failures);
        if (options.CallbackMaxAge <= TimeSpan.Zero)
        {
            failures.Add($"{DingTalkOptions.SectionName}:{nameof(DingTalkOptions.CallbackMaxAge)} must be more than zero (the platform's own limit is an hour).");
        }

        if (options.ReconnectDelayMax < options.ReconnectDelay)
        {
            failures.Add($"{DingTalkOptions.SectionName}:{nameof(DingTalkOptions.ReconnectDelayMax)} must not be shorter than {nameof(DingTalkOptions.ReconnectDelay)}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(int value, string key, string what, List<string> failures)
    {
        if (value <= 0)
        {
            failures.Add($"{DingTalkOptions.SectionName}:{key} must be a positive number ({what}).");
        }
    }

    private static void Require(string? value, string key, string what, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{DingTalkOptions.SectionName}:{key} is required when {DingTalkOptions.SectionName}:Enabled is true ({what}).");
        }
    }
}
