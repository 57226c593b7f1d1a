using System.Security.Cryptography;
using MeetingBot.BotFramework.Signing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.WebChannel.DirectLine;

/// <summary>
/// The key tokens are signed with: configured, else read from (or first written to) the key file, else made up for
/// this process only (tokens then die with it). The key file is written once, exclusively, so two instances starting
/// together agree on one key.
/// </summary>
public sealed partial class DirectLineSigningKey
{
    public DirectLineSigningKey(IOptions<DirectLineOptions> options, ILogger<DirectLineSigningKey> logger)
    {
        var o = options.Value;
        Key = new SymmetricSecurityKey(Resolve(o, logger)) { KeyId = "directline" };
        Tokens = new SignedTokens(Key);
    }

    public SymmetricSecurityKey Key { get; }

    /// <summary>The service's one signing scheme under this key: Direct Line tokens, invitation codes, sign-in credentials.</summary>
    public SignedTokens Tokens { get; }

    /// <summary>Null when <paramref name="base64"/> is a usable key, else why not.</summary>
    public static string? Problem(string base64)
    {
        try
        {
            return Convert.FromBase64String(base64.Trim()).Length >= DirectLineOptions.MinimumKeyBytes
                ? null
                : $"must be at least {DirectLineOptions.MinimumKeyBytes} bytes";
        }
        catch (FormatException)
        {
            return "is not base64";
        }
    }

    private static byte[] Resolve(DirectLineOptions options, ILogger logger)
    {
        if (!string.IsNullOrWhiteSpace(options.SigningKey))
        {
            return Convert.FromBase64String(options.SigningKey.Trim());
        }

        if (string.IsNullOrWhiteSpace(options.SigningKeyPath))
        {
            LogEphemeral(logger);
            return RandomNumberGenerator.GetBytes(DirectLineOptions.MinimumKeyBytes);
        }

        var path = Path.GetFullPath(options.SigningKeyPath);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            try
            {
                using var created = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                using var writer = new StreamWriter(created);
                writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(DirectLineOptions.MinimumKeyBytes)));
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }

                LogCreated(logger, path);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another instance created it first: use theirs.
            }
        }

        var text = File.ReadAllText(path);
        return Problem(text) is { } problem
            ? throw new OptionsValidationException(DirectLineOptions.SectionName, typeof(DirectLineOptions),
                [$"The Direct Line key file {path} {problem}."])
            : Convert.FromBase64String(text.Trim());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "DirectLine: no signing key or key file configured; tokens are valid only until this process stops")]
    private static partial void LogEphemeral(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "DirectLine: created a signing key file at {Path}")]
    private static partial void LogCreated(ILogger logger, string path);
}
