using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Status;
using MeetingBot.Coordination.Talks;
using MeetingBot.Coordination.Texts;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// 谈话方案 / talk plan: any participant sees the pairs and the coverage matrix; the secretary adds or drops a pair
/// with <c>谈话方案 添加 @a @b</c> / <c>talk plan add @a @b</c> and <c>删除</c> / <c>drop</c>.
/// </summary>
public sealed class TalkPlanCommand(MeetingUpdates updates, MeetingRepository repository) : IChatCommandHandler
{
    private static readonly HashSet<string> AddWords = new(["添加", "增加", "add"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> DropWords = new(["删除", "去掉", "drop", "remove"], StringComparer.OrdinalIgnoreCase);

    public ChatCommand Command => SetupCommands.TalkPlan;

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var verb = turn.Argument.Split([' ', '\u3000'], 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        return AddWords.Contains(verb) ? ChangeAsync(turn, add: true, cancellationToken)
            : DropWords.Contains(verb) ? ChangeAsync(turn, add: false, cancellationToken)
            : ShowAsync(turn, cancellationToken);
    }

    private async Task ShowAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await updates.ScopeAsync(turn.Context, turn.Locale, secretaryOnly: false, cancellationToken) is not { } scope
            || await repository.GetDossierAsync(turn.UnitOfWork, scope.Meeting.Id, cancellationToken) is not { } dossier)
        {
            return;
        }

        var coverage = GroupStatus.Coverage(dossier, scope.Template, scope.Actor);
        if (!coverage.IsSuccess)
        {
            await turn.Context.SendActivityAsync(FailureReply.For(coverage.Failure, turn.Locale), cancellationToken);
            return;
        }

        var plan = TalkPlan.For(dossier.Meeting, scope.Template);
        foreach (var reply in TalkPlanReply.For(dossier.Meeting, plan, coverage.Value, turn.Locale, turn.Context.Activity.ChannelId))
        {
            await turn.Context.SendActivityAsync(reply, cancellationToken);
        }
    }

    private async Task ChangeAsync(CommandTurn turn, bool add, CancellationToken cancellationToken)
    {
        if (await updates.ScopeAsync(turn.Context, turn.Locale, secretaryOnly: true, cancellationToken) is not { } scope)
        {
            return;
        }

        if (PeopleAnswer.Mentioned(turn.Context.Activity) is not [var one, var other])
        {
            await turn.Context.SendActivityAsync(SetupTexts.TalkPlanUsage.In(turn.Locale), cancellationToken);
            return;
        }

        var changed = await updates.ApplyAsync(turn.Context, turn.Locale, scope.Meeting.Id, (meeting, now) => add
            ? new AddTalkPair(meeting.Version, one.UserId, other.UserId, one.Name, other.Name).Decide(meeting, scope.Template, scope.Actor, now)
            : new DropTalkPair(meeting.Version, one.UserId, other.UserId).Decide(meeting, scope.Template, scope.Actor, now), cancellationToken);
        if (changed is not null)
        {
            var text = add ? SetupTexts.PairAdded : SetupTexts.PairDropped;
            await turn.Context.SendActivityAsync(text.In(turn.Locale, MarkdownEscape.Text(changed.NameOf(one.UserId)), MarkdownEscape.Text(changed.NameOf(other.UserId))), cancellationToken);
        }
    }
}
