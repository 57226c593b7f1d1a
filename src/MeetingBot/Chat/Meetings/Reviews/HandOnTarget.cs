using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>Whom a reviewer hands an item on to (转交), and why: <c>转交 提纲7 @赵督导 本人回避</c>, <c>集体材料 转交 赵督导 出差</c>.</summary>
internal static class HandOnTarget
{
    /// <summary>The person named first in <paramref name="text"/> (an @mention or a roster name) and the reason after him.</summary>
    public static (Participant To, string Reason)? Of(CommandTurn turn, Meeting meeting, string text)
    {
        text = text.Trim();
        foreach (var mentioned in PeopleAnswer.Mentioned(turn.Context.Activity))
        {
            if (meeting.Find(mentioned.UserId) is { } participant)
            {
                var at = text.IndexOf(participant.Name, StringComparison.Ordinal);
                return (participant, CommandText.TrimSeparators(at < 0 ? string.Empty : text[(at + participant.Name.Length)..]));
            }
        }

        // The longest roster name the text starts with: 王小明 before 王小.
        var typed = text.TrimStart('@', '＠');
        var byName = meeting.Participants.Where(p => p.Name.Length > 0 && typed.StartsWith(p.Name, StringComparison.OrdinalIgnoreCase)).MaxBy(p => p.Name.Length);
        return byName is null ? null : (byName, CommandText.TrimSeparators(typed[byName.Name.Length..]));
    }
}
