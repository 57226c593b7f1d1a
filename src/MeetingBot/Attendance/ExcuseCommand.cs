using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Coordination.MeetingRecords;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Texts;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Attendance;

/// <summary>
/// <c>记录请假 张伟 参加县委全会</c>: the office records that a member is excused, and why; the minutes and the run sheet
/// then list him as excused. The person is one of the roster by name; the domain decides the rest.
/// </summary>
public sealed class ExcuseCommand(MeetingUpdates updates, MeetingRepository repository) : IChatCommandHandler
{
    public Chat.ChatCommand Command => AttendanceCommands.Excuse;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await updates.ScopeAsync(turn.Context, turn.Locale, secretaryOnly: true, cancellationToken) is not { } scope)
        {
            return;
        }

        var words = turn.Argument.Trim().Split([' ', '\u3000', '，', ','], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            await turn.Context.SendActivityAsync(AttendanceTexts.ExcuseUsage.In(turn.Locale), cancellationToken);
            return;
        }

        var name = words[0].TrimStart('@', '＠');
        if (scope.Meeting.Participants.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) is not { } person)
        {
            await turn.Context.SendActivityAsync(AttendanceTexts.NoSuchPerson.In(turn.Locale, MarkdownEscape.Text(name)), cancellationToken);
            return;
        }

        var reason = words.Length > 1 ? words[1] : string.Empty;
        var outcome = await repository.UpdateAsync<MeetingMinutes>(turn.UnitOfWork, DocumentId.Minutes(scope.Meeting.Id), stored =>
            new ExcuseAbsence(person.UserId, reason).Decide(scope.Meeting, stored, scope.Actor, updates.Now), cancellationToken);
        await turn.Context.SendActivityAsync(outcome.IsSuccess
            ? AttendanceTexts.Excused.In(turn.Locale, MarkdownEscape.Text(person.Name), MarkdownEscape.Text(reason.Trim()))
            : FailureReply.For(outcome.Failure, turn.Locale), cancellationToken);
    }
}
