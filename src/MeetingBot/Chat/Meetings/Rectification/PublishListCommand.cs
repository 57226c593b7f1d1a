using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Confirmations;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Meetings.Storage;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Rectification;

/// <summary><c>公示</c> / <c>publish list</c>: the same as <c>整改 公示</c>, the word the office uses on its own; confirmed first.</summary>
public sealed class PublishListCommand(MeetingResolver current, MeetingRepository repository, ConfirmationGate confirmations, TimeProvider time) : IConfirmedCommand
{
    public ChatCommand Command { get; } = new("publish-rectification", ["公示"], ["publish list"], RectificationTexts.PublishCommand, ArgumentShape.None);

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) => confirmations.AskAsync(this, turn, cancellationToken);

    public async Task<ConfirmationRequest?> DescribeAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return null;
        }

        var (refusal, request) = RectificationCommand.DescribePublish(found, await found.DossierAsync(cancellationToken), turn.Locale, time.GetUtcNow());
        if (refusal is not null)
        {
            await turn.Context.SendActivityAsync(refusal, cancellationToken);
        }

        return request;
    }

    public async Task ActAsync(CommandTurn turn, string? details, CancellationToken cancellationToken)
    {
        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return;
        }

        await turn.Context.SendActivityAsync(await RectificationCommand.PublishAsync(repository, turn, found, time.GetUtcNow(), cancellationToken), cancellationToken);
    }
}
