using MeetingBot.BotFramework.Builder;
using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Opinions;
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

    // The opinions given to the member to answer stand beside his obligations: numbers only, the text is in 我的意见.
    private static readonly LocalText OpinionsToAnswer = new(
        "还有{0}条交办给你的意见待回应（{1}），发送“我的意见”查看。",
        "{0} opinions given to you still await your answer ({1}); send \"my opinions\" to read them.");

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
        if (await current.FindWithDossierAsync(context, cancellationToken) is not { } found)
        {
            return false;
        }

        var dossier = await found.DossierAsync(cancellationToken);

        var tasks = PersonalTasks.For(dossier, found.Template, found.Actor, time.GetUtcNow());
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

        if (RectificationTasksReply.For(dossier, found.Actor.UserId, locale) is { } rectification)
        {
            await context.SendActivityAsync(rectification, cancellationToken);
        }

        var unanswered = OpinionVisibility.AssignedTo(dossier.Opinions, found.Actor.UserId).Where(o => o.Answer is null).Select(o => o.Number).ToList();
        if (unanswered.Count > 0)
        {
            var numbers = string.Join(locale == UserLocale.En ? ", " : "、", unanswered.Select(n => (locale == UserLocale.En ? "opinion " : "意见") + n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            await context.SendActivityAsync(OpinionsToAnswer.In(locale, unanswered.Count, numbers), cancellationToken);
        }

        return true;
    }
}
