using MeetingBot.DingTalk.Inbound;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MeetingBot.DingTalk.Actions;

/// <summary>
/// <c>GET /dingtalk/actions/{token}</c> shows what the button does; <c>POST</c> (with the page's form nonce) runs the
/// card action once, as the person the card was sent to, through the same turn pipeline as a DingTalk message
/// (<see cref="DingTalkInbound.HandleActionAsync"/>). Tampered, expired or used links are refused with a page saying
/// so, and nothing runs.
/// </summary>
public sealed partial class ActionLinkEndpoint(ActionLinks links, ActionLinkClaims claims, DingTalkInbound inbound, ILogger<ActionLinkEndpoint> logger)
{
    public const string Route = ActionLinks.PathPrefix + "{token}";
    public const string FormField = "nonce";

    public async Task<IResult> ShowAsync(string token, CancellationToken cancellationToken)
    {
        var (check, link) = await links.ReadAsync(token);
        if (check == ActionLinkCheck.Valid && await claims.IsUsedAsync(link!, cancellationToken))
        {
            check = ActionLinkCheck.Used;
        }

        return check == ActionLinkCheck.Valid ? ActionLinkPage.Confirm(link!, links.FormNonce(link!)) : Refuse(check);
    }

    public async Task<IResult> PressAsync(string token, HttpRequest request, CancellationToken cancellationToken)
    {
        var (check, link) = await links.ReadAsync(token);
        if (check != ActionLinkCheck.Valid)
        {
            return Refuse(check);
        }

        var form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : null;
        if (!await links.IsFormNonceAsync(link!, form?[FormField]))
        {
            return Refuse(ActionLinkCheck.Forged);
        }

        if (!await claims.TryClaimAsync(link!, cancellationToken))
        {
            return Refuse(ActionLinkCheck.Used);
        }

        await inbound.HandleActionAsync(link!, cancellationToken);
        return ActionLinkPage.Done(link!);
    }

    private IResult Refuse(ActionLinkCheck check)
    {
        LogRefused(check);
        return ActionLinkPage.Refused(check);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a DingTalk card button link ({Reason})")]
    private partial void LogRefused(ActionLinkCheck reason);
}
