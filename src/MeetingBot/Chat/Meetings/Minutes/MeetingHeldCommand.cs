using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Coordination.MeetingRecords;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Minutes;

/// <summary><c>会议已召开</c> / <c>meeting held</c>: the secretary moves the confirmed meeting to reporting once it has begun.</summary>
public sealed class MeetingHeldCommand(CurrentMeeting current, MeetingRepository repository, TimeProvider time) : IChatCommandHandler
{
    public ChatCommand Command { get; } = new("meeting-held", ["会议已召开"], ["meeting held"], MinutesTexts.HeldCommand);

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(turn.Context, cancellationToken) is not { } found)
        {
            await turn.Context.SendActivityAsync(StatusTexts.NoMeeting.In(turn.Locale), cancellationToken);
            return;
        }

        var outcome = await repository.UpdateAsync<Meeting>(StorageKeys.Meeting(found.Meeting.Id), stored =>
        {
            var meeting = stored ?? found.Meeting;
            return new MarkMeetingHeld(meeting.Version).Decide(meeting, found.Actor, time.GetUtcNow());
        }, cancellationToken);
        var reply = outcome.IsSuccess ? MinutesTexts.Held.In(turn.Locale) : FailureReply.For(outcome.Failure, turn.Locale);
        await turn.Context.SendActivityAsync(reply, cancellationToken);
    }
}
