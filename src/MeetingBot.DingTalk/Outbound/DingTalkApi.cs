using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MeetingBot.BotFramework.Connector;
using MeetingBot.Delivery;
using Microsoft.Extensions.Options;

namespace MeetingBot.DingTalk.Outbound;

/// <summary>
/// The robot's send calls: 1:1 (<c>v1.0/robot/oToMessages/batchSend</c>, by userId) and group
/// (<c>v1.0/robot/groupMessages/send</c>, by openConversationId), each with the app's access token, paced to the
/// platform's limits. Refusals become <see cref="ConnectorException"/>s the delivery ledger already reads: a person
/// the platform no longer knows is 404 (unreachable, never retried); throttling is 429 (tried again later), and
/// slows every send to the platform meanwhile (<see cref="ChannelThrottle"/>).
/// </summary>
public sealed class DingTalkApi(IHttpClientFactory http, DingTalkAccessTokens tokens, DingTalkPace pace, ChannelThrottle throttle, IOptions<DingTalkOptions> options)
{
    public const string HttpClientName = "dingtalk";
    public const string TokenHeader = "x-acs-dingtalk-access-token";

    /// <summary>How long the per-IP limit bans calls (throttling page: 5 minutes).</summary>
    internal static readonly TimeSpan IpBanWait = TimeSpan.FromMinutes(5);

    private Uri Base => new(options.Value.ApiBaseUrl.TrimEnd('/') + "/");

    public async Task<string?> SendToPersonAsync(string staffId, RobotPayload payload, CancellationToken cancellationToken)
    {
        PersonalAnswer answer;
        using (await pace.WaitAsync(null, cancellationToken))
        {
            answer = await PostAsync<PersonalAnswer>("v1.0/robot/oToMessages/batchSend", new
            {
                robotCode = options.Value.RobotCode,
                userIds = new[] { staffId },
                msgKey = payload.MsgKey,
                msgParam = payload.MsgParam,
            }, cancellationToken);
        }

        if (answer.InvalidStaffIdList?.Contains(staffId, StringComparer.Ordinal) == true)
        {
            throw new ConnectorException(HttpStatusCode.NotFound, DingTalkErrors.InvalidStaff, "The platform does not know this person any more.");
        }

        if (answer.FlowControlledStaffIdList?.Contains(staffId, StringComparer.Ordinal) == true)
        {
            throttle.ObserveThrottled(Base.Authority, null);
            throw new ConnectorException(HttpStatusCode.TooManyRequests, DingTalkErrors.StaffFlowControlled, "The platform held this person's message back (flow control).");
        }

        return answer.ProcessQueryKey;
    }

    public async Task<string?> SendToGroupAsync(string openConversationId, RobotPayload payload, CancellationToken cancellationToken)
    {
        using var turn = await pace.WaitAsync(openConversationId, cancellationToken);
        var answer = await PostAsync<GroupAnswer>("v1.0/robot/groupMessages/send", new
        {
            robotCode = options.Value.RobotCode,
            openConversationId,
            msgKey = payload.MsgKey,
            msgParam = payload.MsgParam,
        }, cancellationToken);
        return answer.ProcessQueryKey;
    }

    private async Task<T> PostAsync<T>(string path, object body, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var token = await tokens.GetAsync(cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Base, path))
            {
                Content = JsonContent.Create(body, options: DingTalkJson.Options),
            };
            request.Headers.Add(TokenHeader, token);
            using var response = await http.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            try
            {
                return await ReadAsync<T>(response, cancellationToken);
            }
            catch (ConnectorException ex) when (attempt == 1 && (ex.StatusCode == HttpStatusCode.Unauthorized || ex.Code == DingTalkErrors.InvalidAuthentication))
            {
                // Expired early, or revoked: buy a new token and send once more.
                tokens.Invalidate(token);
            }
            catch (ConnectorException ex) when (ex.StatusCode == HttpStatusCode.TooManyRequests)
            {
                // The per-IP ban lasts minutes (its page says how many); the QPS limits a second.
                throttle.ObserveThrottled(Base.Authority, ex.Code == DingTalkErrors.IpBanned ? IpBanWait : response.Headers.RetryAfter?.Delta);
                throw;
            }
        }
    }

    /// <summary>The answer's body, or the platform's refusal (<c>{"code": …, "message": …}</c>) as a <see cref="ConnectorException"/>.</summary>
    internal static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return JsonSerializer.Deserialize<T>(body, DingTalkJson.Options)
                ?? throw new HttpRequestException($"The DingTalk API answered {(int)response.StatusCode} with an empty body.");
        }

        ErrorAnswer? error = null;
        try
        {
            error = JsonSerializer.Deserialize<ErrorAnswer>(body, DingTalkJson.Options);
        }
        catch (JsonException)
        {
            // Not the platform's error shape (a proxy's page): the status says enough.
        }

        var code = error?.Punish == "deny" ? DingTalkErrors.IpBanned : error?.Code;
        var status = DingTalkErrors.IsThrottling(code) ? HttpStatusCode.TooManyRequests : response.StatusCode;
        throw new ConnectorException(status, code, error?.Message ?? response.ReasonPhrase ?? "DingTalk refused the call.");
    }

    private sealed record PersonalAnswer(string? ProcessQueryKey, IReadOnlyList<string>? InvalidStaffIdList, IReadOnlyList<string>? FlowControlledStaffIdList);

    private sealed record GroupAnswer(string? ProcessQueryKey);

    /// <param name="Punish">"deny" on the per-IP limit's page, which has no code.</param>
    private sealed record ErrorAnswer(string? Code, string? Message, string? Punish = null);
}
