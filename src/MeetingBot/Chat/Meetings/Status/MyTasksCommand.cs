using MeetingBot.BotFramework.Builder;
using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Status;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Status;

/// <summary><c>我的任务</c> / <c>my tasks</c>: the acting user's own obligations in the current meeting.</summary>
public sealed class MyTasksCommand(MeetingResolver current, TimeProvider time) : IChatCommandHandler
{
    // "my tasks" is two words and commands match the first, so "my" is accepted too; the rest is ignored.
    public ChatCommand Command { get; } = new("my-tasks", ["我的任务"], ["my tasks"], StatusTexts.MyTasksCommand, ArgumentShape.None);

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (!await SendAsync(turn.Context, turn.Locale, cancellationToken))
        {
            await turn.Context.SendActivityAsync(StatusTexts.NoMeeting.In(turn.Locale), cancellationToken);
        }
    }

    /// <summary>
    /// Sends the list (and its buttons where cards render) when the turn has a meeting; false, with nothing sent,
    /// when it has none: a person opening their chat for the first time is then only welcomed.
    /// </summary>
    public async Task<bool> SendAsync(ITurnContext context, UserLocale locale, CancellationToken cancellationToken)
    {
        if (await current.DossierAsync(context, cancellationToken) is not { } found)
        {
            return false;
        }

        var tasks = PersonalTasks.For(found.Dossier, found.Template, found.Actor, time.GetUtcNow());
        if (!tasks.IsSuccess)
        {
            await context.SendActivityAsync(FailureReply.For(tasks.Failure, locale), cancellationToken);
            return true;
        }

        await context.SendActivityAsync(MyTasksReply.For(tasks.Value, found.Meeting, found.Template, locale), cancellationToken);
        if (MyTasksReply.Buttons(tasks.Value, found.Template, locale, context.Activity.ChannelId) is { } buttons)
        {
            await context.SendActivityAsync(buttons, cancellationToken);
        }

        return true;
    }
}
