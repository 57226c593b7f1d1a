using System.Text;
using MeetingBot.BotFramework.Builder;
using MeetingBot.Chat.Meetings.Switching;
using MeetingBot.Coordination.Readiness;
using MeetingBot.Coordination.Status;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>
/// <c>提交 提纲</c> or <c>确认谈话</c> without a name: instead of an example with a made-up name, the people this person
/// still owes that item with, each as the command to send (and as buttons where cards render). It lists only the
/// person's own open tasks — the names are the ones 我的任务 shows him, nothing of anyone else's material.
/// </summary>
public static class TargetChoice
{
    /// <param name="owed">Which of the person's open tasks are meant (one deliverable, or talks awaiting his answer).</param>
    /// <param name="nothingOpen">Said when none is open, with the deliverable's name where it has one.</param>
    public static async Task SendAsync(ITurnContext context, MeetingInTurn found, Func<ObligationLine, bool> owed, LocalText nothingOpen, string itemName, UserLocale locale, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var dossier = await found.DossierAsync(cancellationToken);
        var tasks = PersonalTasks.For(dossier, found.Template, found.Actor, now);
        var open = tasks.IsSuccess ? tasks.Value.Open.Where(l => l.WithName is not null && owed(l)).ToList() : [];
        var commands = open.Select(l => TaskNextStep.For(l, found.Template, locale)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (commands.Count == 0)
        {
            await context.SendActivityAsync(nothingOpen.In(locale, itemName), cancellationToken);
            return;
        }

        var text = new StringBuilder().AppendLine(SubmissionTexts.WhichPerson.In(locale, itemName)).AppendLine();
        foreach (var command in commands)
        {
            text.AppendLine("- " + MarkdownEscape.Text(command));
        }

        await context.SendActivityAsync(text.ToString().TrimEnd(), cancellationToken);
        if (NextStepButtons.For(commands, locale, context.Activity.ChannelId) is { } buttons)
        {
            await context.SendActivityAsync(buttons, cancellationToken);
        }
    }
}
