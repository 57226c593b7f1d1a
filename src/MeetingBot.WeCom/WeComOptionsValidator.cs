using MeetingBot.WeCom.Callback;
using Microsoft.Extensions.Options;

namespace MeetingBot.WeCom;

/// <summary>Start-up checks naming the key at fault; the values of secrets never appear in a message.</summary>
public sealed class WeComOptionsValidator : IValidateOptions<WeComOptions>
{
    private const string Prefix = WeComOptions.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, WeComOptions options)
    {
        var failures = new List<string>();
        Require(failures, options.CorpId, nameof(options.CorpId), "the 企业ID from 我的企业 → 企业信息");
        Require(failures, options.Secret, nameof(options.Secret), "the application's Secret from 应用管理");
        Require(failures, options.Token, nameof(options.Token), "the Token from 接收消息 → API接收");
        if (options.AgentId <= 0)
        {
            failures.Add($"{Prefix}AgentId must be the application's AgentId (a positive number) from 应用管理.");
        }

        if (WeComCrypto.KeyOf(options.EncodingAesKey) is null)
        {
            failures.Add($"{Prefix}EncodingAesKey must be the 43-character EncodingAESKey from 接收消息 → API接收.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{Prefix}ApiBaseUrl must be an absolute http(s) URL (default {WeComOptions.DefaultApiBaseUrl}).");
        }

        if (string.IsNullOrWhiteSpace(options.CallbackPath) || !options.CallbackPath.StartsWith('/'))
        {
            failures.Add($"{Prefix}CallbackPath must be a path starting with / (default {WeComOptions.DefaultCallbackPath}).");
        }

        if (options.ReplayWindow <= TimeSpan.Zero || options.ReplayWindow > TimeSpan.FromHours(1))
        {
            failures.Add($"{Prefix}ReplayWindow must be more than zero and at most an hour.");
        }

        if (options.MaxCallbackBytes is < 1024 or > 1024 * 1024)
        {
            failures.Add($"{Prefix}MaxCallbackBytes must be between 1024 and 1048576.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Require(List<string> failures, string value, string key, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{Prefix}{key} is required: {what}.");
        }
    }
}
