using System.Text.RegularExpressions;
using MeetingBot.Tests.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace MeetingBot.Tests.Telemetry;

/// <summary>
/// Every kind of link the service hands out carries a credential in its path or query. With logging at its most
/// talkative (Trace everywhere, as when appsettings.json is not found and ASP.NET Core logs each request line), none
/// of those credentials reaches a log record, its values or its scopes.
/// </summary>
public sealed partial class LinkTokenLogTests : IDisposable
{
    // Shaped as the service makes them: HMAC links in base64url, Direct Line tokens as JWTs.
    private const string DocumentToken = "eyJkIjoibWVldGluZ3MvbTEvZG9jIiwidiI6MX0.q3Vh9Rk2LmZ0d1pXyT8sNcA4bEoF7gHiJkL0mN_-aB";
    private const string InviteCode = "Zm9yLXpoYW5nLXNhbi1vbmx5.Hq7Wd2s9PmX4vLtR8kYcN3bFzGe6AjUo1iSwQ0pV5";
    private const string BoardToken = "bTEtYm9hcmQtbGluay0yMDI2.P8sKd3LqW9xN2vRt6YhFc4Gz7AbJe1UoMi0SwQ5k-_";
    private const string OpinionToken = "Op1nionF0rmT0kenQqZz9Xx8Ww7Vv6Uu5Tt4Ss3Rr2Pp1";
    private const string SignInToken = "S1gnInL1nkT0kenAaBb9Cc8Dd7Ee6Ff5Gg4Hh3Jj2Kk1";
    private const string ActionToken = "D1ngTa1kAct10nT0kenMmNn9Pp8Qq7Rr6Ss5Tt4Uu3Vv2";
    private const string StreamToken = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VyIjoiZGxfemhhbmciLCJjb252IjoiYzEifQ.Xk3q9Lm2Np8Rv4Ts6Wy0Za1Bc5De7Fg9Hi3Jk";

    private readonly MeetingBotFactory _host = MeetingBotFactory.In("Development", new()
    {
        ["MicrosoftAppId"] = "",
        ["MicrosoftAppPassword"] = "",
        // As if appsettings.json were not loaded: nothing turns the request lines down.
        ["Logging:LogLevel:Default"] = "Trace",
        ["Logging:LogLevel:Microsoft"] = "Trace",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
    });

    private readonly WebApplicationFactory<Program> _logged;

    public LinkTokenLogTests() =>
        _logged = _host.WithWebHostBuilder(b => b.ConfigureLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Trace)));

    [Fact]
    public async Task EveryLinkKind_UsedOnce_LeavesNoTokenInAnyLogRecordValueOrScope()
    {
        using var client = _logged.CreateClient();

        foreach (var link in new[]
        {
            $"/documents/{DocumentToken}",
            $"/chat?invite={Uri.EscapeDataString(InviteCode)}&room=team",
            $"/chat/?invite={InviteCode}",
            $"/board/{BoardToken}",
            $"/opinions/{OpinionToken}",
            $"/signin/{SignInToken}",
            $"/signin/meeting/{SignInToken}",
            $"/dingtalk/actions/{ActionToken}",
            $"/v3/directline/conversations/c1/stream?t={StreamToken}&watermark=3",
        })
        {
            using var response = await client.GetAsync(new Uri(link, UriKind.Relative));
        }

        var records = _logged.Services.GetFakeLogCollector().GetSnapshot();
        Assert.Contains(records, r => r.Message.Contains("/board/", StringComparison.Ordinal));
        var text = string.Join("\n", records.Select(Everything));
        foreach (var secret in new[] { DocumentToken, InviteCode, BoardToken, OpinionToken, SignInToken, ActionToken, StreamToken })
        {
            Assert.DoesNotContain(secret[..16], text, StringComparison.Ordinal);
            Assert.DoesNotContain(Uri.EscapeDataString(secret)[..16], text, StringComparison.Ordinal);
        }

        Assert.Empty(TokenShaped().Matches(text));
    }

    /// <summary>The rendered line, every structured value, every scope (as its pairs and as it prints) and the exception.</summary>
    private static string Everything(FakeLogRecord record) => string.Join(" | ",
    [
        record.Message,
        .. record.StructuredState?.Select(p => $"{p.Key}={p.Value}") ?? [],
        .. record.Scopes.Select(scope => scope is IEnumerable<KeyValuePair<string, object?>> pairs
            ? string.Join(";", pairs.Select(p => $"{p.Key}={p.Value}")) + ";" + scope
            : scope?.ToString() ?? string.Empty),
        record.Exception?.ToString() ?? string.Empty,
    ]);

    // A JWT, or a mixed-case base64url run longer than any id the service logs (trace ids are 32 hex digits; scheduler
    // and instance names are lower case).
    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{6,}|(?=[A-Za-z0-9_-]*[A-Z])(?=[A-Za-z0-9_-]*[a-z])[A-Za-z0-9_-]{40,}")]
    private static partial Regex TokenShaped();

    public void Dispose()
    {
        _logged.Dispose();
        _host.Dispose();
    }
}
