using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Meetings;
using MeetingBot.Opinions;

namespace MeetingBot.Chat.Meetings.Opinions;

/// <summary><c>结束征求意见</c> / <c>close opinions</c>: the office closes the collection; its form links are revoked with it.</summary>
public sealed class CloseOpinionsCommand(OpinionDecisions decisions, OpinionLinkStore links) : IChatCommandHandler
{
    public ChatCommand Command => OpinionCommands.Close;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await decisions.MeetingAsync(turn, privately: false, cancellationToken) is not { } found)
        {
            return;
        }

        var onMaterial = OpinionWords.MeansMaterial(turn.Argument);
        if (await decisions.DecideAsync(turn, found.Meeting.Id, (stored, now) =>
            new CloseOpinions(stored?.Version ?? 0, onMaterial).Decide(found.Meeting, stored, found.Actor, now), cancellationToken) is not { } saved)
        {
            return;
        }

        var revoked = await links.RevokeAsync(found.Meeting.Id, onMaterial, found.Actor.UserId, cancellationToken);
        var received = saved.Opinions.Count(o => o.OnCollectiveMaterial == onMaterial && o.RecordedBy is null);
        await turn.Context.SendActivityAsync(OpinionTexts.Closed.In(turn.Locale, revoked, received), cancellationToken);
    }
}
