using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Status;
using MeetingBot.Meetings;

namespace MeetingBot.Chat.Meetings.Status;

/// <summary><c>我的任务</c> / <c>my tasks</c>: the acting user's own obligations in the current meeting.</summary>
public sealed class MyTasksCommand(CurrentMeeting current, TimeProvider time) : IChatCommandHandler
{
    // "my tasks" is two words and commands match the first, so "my" is accepted too; the rest is ignored.
    public ChatCommand Command { get; } = new("my-tasks", ["我的任务"], ["my tasks"], StatusTexts.MyTasksCommand, ArgumentShape.None);

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(turn.Context, cancellationToken) is not { } found)
        {
            await turn.Context.SendActivityAsync(StatusTexts.NoMeeting.In(turn.Locale), cancellationToken);
            return;
        }

        var tasks = PersonalTasks.For(found.Dossier, found.Template, found.Actor, time.GetUtcNow());
        var reply = tasks.IsSuccess ? MyTasksReply.For(tasks.Value, found.Meeting, turn.Locale) : FailureReply.For(tasks.Failure, turn.Locale);
        await turn.Context.SendActivityAsync(reply, cancellationToken);
    }
}
