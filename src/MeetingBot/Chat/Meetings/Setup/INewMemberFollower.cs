using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// Follows 添加成员 within the secretary's turn, after the member was added and welcomed (the web chat invitation is
/// one). Owned by Setup, the base of the meeting features, so that it never depends on the features that follow it.
/// </summary>
public interface INewMemberFollower
{
    Task MemberAddedAsync(CommandTurn turn, Meeting meeting, Participant participant, CancellationToken cancellationToken);
}
