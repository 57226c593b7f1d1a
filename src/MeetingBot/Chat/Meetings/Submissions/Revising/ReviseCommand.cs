using MeetingBot.Chat.Commands;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Submissions.Revising;

/// <summary>
/// <c>修改</c> / <c>revise</c> (the only returned item), <c>修改 提纲7</c>, <c>修改 提纲 @张伟</c>, and the joined words
/// officials type (<c>修改提纲</c>, <c>修改材料</c>, <c>修改问题清单</c>): reopens a returned item at its last version.
/// </summary>
public sealed class ReviseCommand(RevisionStarter starter) : IChatCommandHandler
{
    // The joined forms and the kind word each stands for (the longest command word wins in the grammar).
    private static readonly (string Word, string Kind)[] Joined =
    [
        ("修改提纲", "提纲"), ("修改批评提纲", "提纲"), ("修改发言提纲", "提纲"),
        ("修改材料", "材料"), ("修改对照检查材料", "材料"), ("修改检查材料", "材料"),
        ("修改问题清单", "问题"), ("修改问题", "问题"),
        ("修改学习心得", "学习"), ("修改学习", "学习"), ("修改笔记", "笔记"),
    ];

    public static readonly ChatCommand Definition = new("revise", ["修改", .. Joined.Select(j => j.Word)], ["revise"], RevisionTexts.Command,
        ArgumentShape.Text(new LocalText("提纲7", "outline7")).OrNothing());

    public ChatCommand Command => Definition;

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        // "修改提纲 @张伟" reaches here as the argument "@张伟": put back the kind the joined word named.
        var typed = (turn.Context.Activity.Text ?? string.Empty).Trim();
        var joined = Joined.Where(j => typed.StartsWith(j.Word, StringComparison.Ordinal)).OrderByDescending(j => j.Word.Length).FirstOrDefault();
        // A phrase may already have read the kind into the argument (我要修改提纲 → 修改 提纲): never name it twice.
        var argument = joined.Kind is null || turn.Argument.StartsWith(joined.Kind, StringComparison.Ordinal)
            ? turn.Argument
            : (joined.Kind + " " + turn.Argument).Trim();
        return starter.StartAsync(turn, argument, cancellationToken);
    }

    /// <summary>What to type to reopen this item (修改 提纲 @张伟), for "carry on" hints.</summary>
    public static string Argument(SubmissionRequest request, UserLocale locale) => SubmissionDialog.ResumeArgument(request, locale);
}
