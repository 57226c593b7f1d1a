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

        if (options.ReconnectDelayMax < options.ReconnectDelay)
        {
            failures.Add($"{DingTalkOptions.SectionName}:{nameof(DingTalkOptions.ReconnectDelayMax)} must not be shorter than {nameof(DingTalkOptions.ReconnectDelay)}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Require(string? value, string key, string what, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{DingTalkOptions.SectionName}:{key} is required when {DingTalkOptions.SectionName}:Enabled is true ({what}).");
        }
    }
}
