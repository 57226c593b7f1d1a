using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Chat.Meetings.Switching;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;
using MeetingBot.Opinions;

namespace MeetingBot.Chat.Meetings.Opinions;

/// <summary><c>结束征求意见</c> / <c>close opinions</c>: the office closes the collection; its form links are revoked with it.</summary>
public sealed class CloseOpinionsCommand(MeetingResolver current, MeetingRepository repository, OpinionLinkStore links, TimeProvider time) : IChatCommandHandler
{
    public ChatCommand Command => OpinionCommands.Close;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await current.DossierAsync(turn.Context, cancellationToken) is not { } found)
        {
            await turn.Context.SendActivityAsync(StatusTexts.NoMeeting.In(turn.Locale), cancellationToken);
            return;
        }

        var onMaterial = OpinionWords.MeansMaterial(turn.Argument);
        var outcome = await repository.UpdateAsync<OpinionCollection>(turn.UnitOfWork, DocumentId.Opinions(found.Meeting.Id), stored =>
            new CloseOpinions(stored?.Version ?? 0, onMaterial).Decide(found.Meeting, stored, found.Actor, time.GetUtcNow()), cancellationToken);
        if (!outcome.IsSuccess)
        {
            await turn.Context.SendActivityAsync(FailureReply.For(outcome.Failure, turn.Locale), cancellationToken);
            return;
        }

        var revoked = await links.RevokeAsync(found.Meeting.Id, onMaterial, found.Actor.UserId, cancellationToken);
        var received = outcome.Value.Opinions.Count(o => o.OnCollectiveMaterial == onMaterial && o.RecordedBy is null);
        await turn.Context.SendActivityAsync(OpinionTexts.Closed.In(turn.Locale, revoked, received), cancellationToken);
    }
}
